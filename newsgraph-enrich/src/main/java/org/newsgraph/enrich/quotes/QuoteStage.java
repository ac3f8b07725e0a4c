package org.newsgraph.enrich.quotes;

import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Stage;

/**
 * Quotations for news: direct quotes with their cue and speaker (resolved to an entity, or a
 * described source such as "a diplomat"), scare quotes marked as such and given no speaker,
 * and reported speech ("X said that …"). See {@link Attributor} for the rules.
 */
public final class QuoteStage implements Stage {

  @Override
  public String name() {
    return "enrich.quotes";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(Layers.BLOCKS, Layers.SENTENCES, Layers.TOKENS, Layers.REFERENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Document process(Document doc) {
    return doc.with(Layers.QUOTES, new Attributor(doc).run());
  }
}
