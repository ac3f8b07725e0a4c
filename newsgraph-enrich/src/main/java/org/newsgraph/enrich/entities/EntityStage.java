package org.newsgraph.enrich.entities;

import java.util.Set;
import org.newsgraph.enrich.gazetteer.Gazetteer;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Stage;

/**
 * Entity resolution within an article: one entity per real-world thing, with every reference
 * to it (names, spelling variants, short forms, aliases, demonyms, capitals standing for
 * governments, descriptions pointing back), its titles and roles, and why references were
 * merged. See {@link Resolver} for the rules.
 */
public final class EntityStage implements Stage {

  private final Gazetteer gazetteer;

  public EntityStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "enrich.entities";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(Layers.BLOCKS, Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.ENTITIES, Layers.REFERENCES);
  }

  @Override
  public Document process(Document doc) {
    Resolver.Result r = new Resolver(doc, gazetteer).run();
    return doc.with(Layers.ENTITIES, r.entities()).with(Layers.REFERENCES, r.references());
  }
}
