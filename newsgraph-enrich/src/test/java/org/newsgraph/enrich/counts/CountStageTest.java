package org.newsgraph.enrich.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Count;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.Token;

/** The stage on hand-built documents: one block and one sentence per tagged line. */
class CountStageTest {

  private static final SourceInfo SOURCE =
      new SourceInfo("test", "text/plain", "UTF-8", "test", 0, List.of());

  /** A document whose blocks are the given tagged sentences, of the given kinds. */
  private static Document document(List<BlockKind> kinds, List<Tagged> lines) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<TimeExpression> timexes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append("\n\n");
      }
      int off = text.length();
      Tagged t = lines.get(i);
      text.append(t.text());
      Span span = new Span(off, text.length());
      blocks.add(new Block(span, kinds.get(i), "test"));
      sentences.add(new Sentence(span, i));
      for (Token tok : t.tokens()) {
        tokens.add(new Token(tok.span().shift(off), i, tok.pos(), tok.lemma()));
      }
      for (EntityMention m : t.mentions()) {
        mentions.add(new EntityMention(m.span().shift(off), m.type(), m.label(), i, m.producer()));
      }
      for (TimeExpression x : t.timexes()) {
        timexes.add(new TimeExpression(x.span().shift(off), x.type(), x.value(), x.mod(),
            x.resolution(), i));
      }
    }
    // Each place name is its own location entity, as the entity stage would resolve it.
    List<Entity> entities = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    String full = text.toString();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.LOCATION) {
        String id = "e" + (entities.size() + 1);
        String name = m.span().in(full);
        entities.add(new Entity(id, EntityType.LOCATION, name, null, List.of(name), List.of(),
            List.of()));
        references.add(new Reference(m.span(), id, ReferenceKind.NAME, null, null));
      }
    }
    return Document.of("doc", full, Metadata.EMPTY, SOURCE)
        .with(Layers.BLOCKS, blocks)
        .with(Layers.SENTENCES, sentences)
        .with(Layers.TOKENS, tokens)
        .with(Layers.MENTIONS, mentions)
        .with(Layers.TIMEXES, timexes)
        .with(Layers.REFERENCES, references)
        .with(Layers.ENTITIES, new Entities(entities));
  }

  private static Document paragraphs(Tagged... lines) {
    List<BlockKind> kinds = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      kinds.add(BlockKind.PARAGRAPH);
    }
    return document(kinds, List.of(lines));
  }

  @Test
  void declaresWhatItReadsAndAdds() {
    CountStage stage = new CountStage(CountConfig.DEFAULTS);
    assertThat(stage.name()).isEqualTo("enrich.counts");
    assertThat(stage.reads())
        .containsExactlyInAnyOrder(
            Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMEXES, Layers.BLOCKS,
            Layers.REFERENCES, Layers.ENTITIES);
    assertThat(stage.adds()).containsExactly(Layers.COUNTS);
  }

  @Test
  void addsTheCountsOfEverySentenceWithSpansIntoTheDocument() {
    Document doc =
        paragraphs(
            Tagged.of("Two/CD rockets/NNS hit/VBD Baghdad/NNP ./.").location("Baghdad"),
            Tagged.of("Some/DT 550/CD demonstrators/NNS/demonstrator killed/VBD/kill ./."));
    Document out = new CountStage(CountConfig.DEFAULTS).process(doc);
    List<Count> counts = out.counts();
    assertThat(counts).hasSize(2);
    assertThat(out.surface(counts.get(0))).isEqualTo("Two rockets");
    assertThat(out.surface(counts.get(0).place())).isEqualTo("Baghdad");
    assertThat(out.surface(counts.get(1))).isEqualTo("Some 550 demonstrators killed");
    assertThat(out.surface(counts.get(1).number())).isEqualTo("550");
    assertThat(counts.get(1).kind()).isEqualTo("killed");
  }

  @Test
  void datelinesAreSkipped() {
    Document doc =
        document(
            List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH),
            List.of(
                Tagged.of("Baghdad/NNP ,/, 12/CD rockets/NNS"),
                Tagged.of("12/CD rockets/NNS fell/VBD")));
    List<Count> counts = new CountStage(CountConfig.DEFAULTS).process(doc).counts();
    assertThat(counts).singleElement().satisfies(c -> assertThat(c.start()).isGreaterThan(20));
  }

  @Test
  void keepsAtMostTheConfiguredNumberOfCounts() {
    Tagged many = Tagged.of("12/CD rockets/NNS ,/, 13/CD shells/NNS ,/, 14/CD mortars/NNS");
    Document doc = paragraphs(many, many);
    assertThat(new CountStage(CountConfig.DEFAULTS).process(doc).counts()).hasSize(6);
    List<Count> bounded = new CountStage(new CountConfig(4)).process(doc).counts();
    assertThat(bounded).hasSize(4);
    assertThat(bounded.get(3).start()).isGreaterThan(many.text().length());
    assertThatThrownBy(() -> new CountConfig(0))
        .hasMessageContaining("counts.maxCountsPerDocument must be positive");
  }

  @Test
  void annotationsWithBadSentenceIndicesAreIgnored() {
    Document doc =
        Document.of("odd", "12 rockets", Metadata.EMPTY, SOURCE)
            .with(Layers.BLOCKS, List.of(new Block(new Span(0, 10), BlockKind.PARAGRAPH, "t")))
            .with(Layers.SENTENCES, List.of(new Sentence(new Span(0, 10), 5)))
            .with(
                Layers.TOKENS,
                List.of(
                    new Token(new Span(0, 2), 0, "CD", "12"),
                    new Token(new Span(3, 10), 7, "NNS", "rocket")))
            .with(Layers.MENTIONS, List.of())
            .with(Layers.TIMEXES, List.of())
            .with(Layers.REFERENCES, List.of())
            .with(Layers.ENTITIES, Entities.NONE);
    assertThat(new CountStage(CountConfig.DEFAULTS).process(doc).counts()).isEmpty();
  }

  @Test
  void randomTaggedTextNeverThrowsAndGivesSoundCounts() {
    long seed = Long.getLong("newsgraph.seed", System.nanoTime());
    System.out.println("CountStageTest seed: " + seed + " (rerun with -Dnewsgraph.seed=" + seed + ")");
    Random r = new Random(seed);
    String[] words = {
      "12", "5,200", "1.5", "two", "and", "a", "half", "dozen", "thousands", "of", "hundreds",
      "million", "-", "–", "the", "they", "were", "killed", "dead", "people", "soldiers", "$",
      "%", "percent", "at", "least", "some", "more", "than", "or", "one", "no", "2019", "in",
      "Baghdad", "toll", "aged", ",", ".", "(", ")", "year", "old", "between", "to", "No.", "1st"
    };
    String[] tags = {"CD", "NN", "NNS", "NNP", "JJ", "VBD", "VBN", "DT", "IN", "PRP", ",", "LS",
        "$", "HYPH", "RB", "CC", "VBG", "POS", "PRP$"};
    CountStage stage = new CountStage(new CountConfig(50));
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(30);
      for (int k = 0; k < n; k++) {
        String w = words[r.nextInt(words.length)];
        String tag = r.nextInt(3) == 0 ? tags[r.nextInt(tags.length)] : guessTag(w);
        sb.append(k > 0 && r.nextInt(6) == 0 ? " ~" : " ").append(w).append('/').append(tag);
      }
      Tagged t = Tagged.of(sb.toString().trim());
      if (r.nextBoolean()) {
        t.location(t.text().substring(0, Math.max(1, t.text().indexOf(' ') < 0
            ? t.text().length() : t.text().indexOf(' '))));
      }
      Document doc = paragraphs(t);
      Document out = stage.process(doc);
      for (Count c : out.counts()) {
        assertThat(c.span().contains(c.number())).isTrue();
        assertThat(out.sentences().get(0).span().contains(c.span())).as(t.text()).isTrue();
        assertThat(c.value()).isNotNegative();
      }
    }
  }

  private static String guessTag(String w) {
    if (NumberParser.isNumberWord(w)) {
      return "CD";
    }
    return switch (w) {
      case "the", "a", "some", "no" -> "DT";
      case "they" -> "PRP";
      case "killed", "were" -> "VBD";
      case "dead", "old" -> "JJ";
      case "people", "soldiers" -> "NNS";
      case "Baghdad" -> "NNP";
      case "$" -> "$";
      case "-" -> "HYPH";
      default -> "IN";
    };
  }
}
