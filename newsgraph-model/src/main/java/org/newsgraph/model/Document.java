package org.newsgraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article: its canonical text, what is known about it, and the layers stages have added.
 *
 * <p>Immutable. A stage returns a new document with its layer added ({@link #with(Layer, List)});
 * adding a layer that is already present is an error, so no stage can edit another's output.
 * Every span of every layer is checked against the text when the layer is added, and the layer
 * is stored sorted by span.
 */
public final class Document {

  private final String id;
  private final String text;
  private final Metadata metadata;
  private final SourceInfo source;
  private final Map<Key, Object> values;

  private Document(
      String id, String text, Metadata metadata, SourceInfo source, Map<Key, Object> values) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.source = Objects.requireNonNull(source, "source");
    this.values = values;
  }

  public static Document of(String id, String text, Metadata metadata, SourceInfo source) {
    return new Document(id, text, metadata, source, Map.of());
  }

  public String id() {
    return id;
  }

  /** The canonical text: every span of every layer indexes into it. */
  public String text() {
    return text;
  }

  public Metadata metadata() {
    return metadata;
  }

  public SourceInfo source() {
    return source;
  }

  /** The text a span covers. */
  public String surface(Span span) {
    return span.in(text);
  }

  public String surface(Spanned annotation) {
    return surface(annotation.span());
  }

  public boolean has(Key key) {
    return values.containsKey(key);
  }

  /** The keys present, in the order they were added. */
  public Set<Key> keys() {
    return Collections.unmodifiableSet(values.keySet());
  }

  public <T extends Spanned> Optional<List<T>> findLayer(Layer<T> layer) {
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) values.get(layer);
    return Optional.ofNullable(list);
  }

  /** The layer's annotations; throws when no stage has added the layer. */
  public <T extends Spanned> List<T> layer(Layer<T> layer) {
    return findLayer(layer).orElseThrow(() -> missing(layer));
  }

  public <T> Optional<T> find(Facet<T> facet) {
    return Optional.ofNullable(facet.type().cast(values.get(facet)));
  }

  public <T> T require(Facet<T> facet) {
    return find(facet).orElseThrow(() -> missing(facet));
  }

  public List<Block> blocks() {
    return layer(Layers.BLOCKS);
  }

  public List<Sentence> sentences() {
    return layer(Layers.SENTENCES);
  }

  public List<Token> tokens() {
    return layer(Layers.TOKENS);
  }

  public List<EntityMention> mentions() {
    return layer(Layers.MENTIONS);
  }

  public List<TimeExpression> timexes() {
    return layer(Layers.TIMEXES);
  }

  public List<Reference> references() {
    return layer(Layers.REFERENCES);
  }

  /** The entities; empty when the entity stage has not run. */
  public Entities entities() {
    return find(Layers.ENTITIES).orElse(Entities.NONE);
  }

  public List<Quotation> quotes() {
    return layer(Layers.QUOTES);
  }

  public List<Count> counts() {
    return layer(Layers.COUNTS);
  }

  /**
   * A copy with one more layer. The annotations must all fit the text; they are stored sorted
   * by span (stable for equal spans).
   *
   * @throws IllegalStateException when the layer is already present
   * @throws IllegalArgumentException when an annotation's span does not fit the text
   */
  public <T extends Spanned> Document with(Layer<T> layer, List<? extends T> annotations) {
    requireAbsent(layer);
    List<T> copy = new ArrayList<>(annotations.size());
    for (T a : annotations) {
      Objects.requireNonNull(a, () -> "null annotation in " + layer);
      if (!layer.type().isInstance(a)) {
        throw new IllegalArgumentException(
            a.getClass().getName() + " does not belong in " + layer);
      }
      try {
        a.span().requireWithin(text.length());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            layer + " of document '" + id + "': " + e.getMessage(), e);
      }
      copy.add(a);
    }
    copy.sort((x, y) -> x.span().compareTo(y.span()));
    return put(layer, Collections.unmodifiableList(copy));
  }

  /** A copy with one more facet; throws when the facet is already present. */
  public <T> Document with(Facet<T> facet, T value) {
    requireAbsent(facet);
    return put(facet, facet.type().cast(Objects.requireNonNull(value, "value")));
  }

  /** A copy with other metadata (stages that read metadata from the text enrich it). */
  public Document withMetadata(Metadata newMetadata) {
    return new Document(id, text, newMetadata, source, values);
  }

  private Document put(Key key, Object value) {
    Map<Key, Object> next = new LinkedHashMap<>(values);
    next.put(key, value);
    return new Document(id, text, metadata, source, Collections.unmodifiableMap(next));
  }

  private void requireAbsent(Key key) {
    if (values.containsKey(key)) {
      throw new IllegalStateException(
          key + " is already present in document '" + id + "': a stage may not replace "
              + "another stage's output");
    }
  }

  private IllegalStateException missing(Key key) {
    return new IllegalStateException(
        key + " is not present in document '" + id + "': run the stage that adds it first");
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, " + values.keySet() + "]";
  }
}
