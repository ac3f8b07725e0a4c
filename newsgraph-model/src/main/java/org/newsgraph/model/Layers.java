package org.newsgraph.model;

import java.util.List;

/**
 * The layers and facets a document can carry, one constant each. Later capabilities (events,
 * places, stories) add their own constants; existing ones never change meaning.
 */
public final class Layers {

  public static final Layer<Block> BLOCKS = Layer.of("blocks", Block.class);
  public static final Layer<RelatedLink> RELATED_LINKS = Layer.of("related", RelatedLink.class);
  public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
  public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
  public static final Layer<EntityMention> MENTIONS = Layer.of("mentions", EntityMention.class);
  public static final Layer<TimeExpression> TIMEXES = Layer.of("timexes", TimeExpression.class);
  public static final Layer<Reference> REFERENCES = Layer.of("references", Reference.class);
  public static final Layer<Quotation> QUOTES = Layer.of("quotes", Quotation.class);
  public static final Layer<Count> COUNTS = Layer.of("counts", Count.class);

  public static final Facet<LanguageGuess> LANGUAGE = Facet.of("language", LanguageGuess.class);
  public static final Facet<TimeAnchor> ANCHOR = Facet.of("anchor", TimeAnchor.class);
  public static final Facet<Entities> ENTITIES = Facet.of("entities", Entities.class);

  /** Every key declared here, in the order the JSON record writes them. */
  public static final List<Key> ALL =
      List.of(
          LANGUAGE,
          ANCHOR,
          BLOCKS,
          RELATED_LINKS,
          SENTENCES,
          TOKENS,
          MENTIONS,
          TIMEXES,
          ENTITIES,
          REFERENCES,
          QUOTES,
          COUNTS);

  private Layers() {}
}
