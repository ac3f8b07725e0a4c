package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.model.InputException;
import org.newsgraph.model.Layers;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;

/**
 * {@code newsgraph eval body} (FORMATS.md §2): the main text of a web page.
 *
 * <p>The page is read with {@link Newsgraph#read} (a {@code .gz} page is decompressed there) and
 * extracted with {@link Newsgraph#extract}, given the record's url: decoding and structure only,
 * no NLP models load. The scored text is the article text without the headline: the blocks
 * that are article text other than {@link BlockKind#TITLE}, one blank line apart.
 *
 * <p>Headline: metric B (snippets) when the file's records have snippets, else metric A
 * (shingles); the other metric's figures go to {@code extra}.
 */
public final class BodyTask implements EvalTask<BodyTask.Gold, String> {

  public static final String NAME = "body";

  /**
   * A gold {@code body} record.
   *
   * @param html the page, resolved against the gold file's folder
   * @param url the page's address, or {@code null}
   * @param body the gold main text, or {@code null} when the record has only snippets
   * @param with snippets that must occur in the extracted text
   * @param without snippets that must not occur
   * @param hasSnippets the record has a {@code with} or {@code without} field
   */
  public record Gold(
      String id, int line, Path html, String url, String body, List<String> with, List<String> without,
      boolean hasSnippets) implements GoldRecord {

    public Gold {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(html, "html");
      with = List.copyOf(with);
      without = List.copyOf(without);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Gold parse(GoldLine line) {
    String html = line.requireString("html");
    if (html.isBlank()) {
      throw line.error("'html' must name the page, got an empty string");
    }
    Path folder = line.file().toAbsolutePath().getParent();
    Path page = folder == null ? Path.of(html) : folder.resolve(html).normalize();
    String url = optionalString(line, "url");
    String body = optionalString(line, "body");
    List<String> with = optionalStrings(line, "with");
    List<String> without = optionalStrings(line, "without");
    boolean hasSnippets = with != null || without != null;
    if (body == null && !hasSnippets) {
      throw line.error("a body record needs 'body', or 'with'/'without' snippets, or both");
    }
    return new Gold(
        line.id(), line.line(), page, url, body,
        with == null ? List.of() : with, without == null ? List.of() : without, hasSnippets);
  }

  private static String optionalString(GoldLine line, String field) {
    return line.findString(line.json(), field, field);
  }

  private static List<String> optionalStrings(GoldLine line, String field) {
    JsonNode v = line.json().get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isArray()) {
      throw line.error("'" + field + "' must be an array of strings, got " + v.getNodeType());
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw line.error("'" + field + "[" + i + "]' must be a string, got " + v.get(i).getNodeType());
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  @Override
  public Outcome analyze(EvalSystem system, Gold gold) {
    return system.extractPage(gold.html(), gold.url());
  }

  /** The article text without the headline, as {@code ExtractedArticle.bodyText()} gives it. */
  @Override
  public String extract(Gold gold, Document doc) {
    return bodyText(doc);
  }

  /** The blocks that are article text other than the title, one blank line apart. */
  static String bodyText(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.findLayer(Layers.BLOCKS).orElse(List.of())) {
      if (b.kind().isArticleText() && b.kind() != BlockKind.TITLE) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(doc.surface(b));
      }
    }
    return sb.toString();
  }

  @Override
  public String empty() {
    return "";
  }

  /**
   * The record with our text as {@code body}; with snippets, also the {@code with} snippets we
   * missed ({@code with_missing}) and the {@code without} snippets we kept ({@code
   * without_found}).
   */
  @Override
  public ObjectNode toJson(Gold gold, String system) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", gold.id());
    o.put("url", gold.url());
    o.put("html", gold.html().toString());
    o.put("body", system);
    if (gold.hasSnippets()) {
      String text = BodyEval.squeeze(system);
      var missing = o.putArray("with_missing");
      for (String w : gold.with()) {
        if (BodyEval.snippets(List.of(w), List.of(), text).fn() > 0) {
          missing.add(w);
        }
      }
      var found = o.putArray("without_found");
      for (String w : gold.without()) {
        if (BodyEval.snippets(List.of(), List.of(w), text).fp() > 0) {
          found.add(w);
        }
      }
    }
    if (gold.body() != null) {
      BodyEval.Page p = BodyEval.page(gold.body(), system);
      o.put("shingle_precision", p.precision());
      o.put("shingle_recall", p.recall());
    }
    return o;
  }

  @Override
  public Tally<Gold, String> newTally() {
    return new BodyTally();
  }

  /** Sums snippet counts and keeps each page's shingle result for the means and the bootstrap. */
  private static final class BodyTally implements Tally<Gold, String> {

    private final List<BodyEval.Page> pages = new ArrayList<>();
    private BodyEval.Snippets snippets = BodyEval.Snippets.ZERO;
    private int snippetRecords;

    @Override
    public void add(Gold gold, String system) {
      if (gold.body() != null) {
        pages.add(BodyEval.page(gold.body(), system));
      }
      if (gold.hasSnippets()) {
        snippetRecords++;
        snippets = snippets.plus(BodyEval.snippets(gold.with(), gold.without(), system));
      }
    }

    @Override
    public Report report() {
      BodyEval.ShingleReport a =
          BodyEval.shingleReport(pages, BodyEval.BOOTSTRAP_DRAWS, BodyEval.BOOTSTRAP_SEED);
      Prf b = snippets.prf();
      boolean bHeadline = snippetRecords > 0;
      Map<String, Double> extra = new LinkedHashMap<>();
      List<String> table = new ArrayList<>();
      if (snippetRecords > 0) {
        extra.put("snippet_precision", b.precision());
        extra.put("snippet_recall", b.recall());
        extra.put("snippet_f1", b.f1());
        extra.put("snippet_accuracy", snippets.accuracy());
        table.add(
            String.format(
                Locale.ROOT,
                "metric B, snippets (%d records, %d snippets: TP %d FP %d FN %d TN %d)%s",
                snippetRecords, snippets.total(), snippets.tp(), snippets.fp(), snippets.fn(), snippets.tn(),
                bHeadline ? "  [headline]" : ""));
        table.add(
            String.format(
                Locale.ROOT, "  P %s  R %s  F %s  accuracy %s",
                Prf.format(b.precision()), Prf.format(b.recall()), Prf.format(b.f1()),
                Prf.format(snippets.accuracy())));
      }
      if (!pages.isEmpty()) {
        BodyEval.Shingles v = a.value();
        BodyEval.Shingles sd = a.sd();
        extra.put("shingle_precision", v.prf().precision());
        extra.put("shingle_recall", v.prf().recall());
        extra.put("shingle_f1", v.prf().f1());
        extra.put("accuracy", v.accuracy());
        extra.put("shingle_precision_sd", sd.prf().precision());
        extra.put("shingle_recall_sd", sd.prf().recall());
        extra.put("shingle_f1_sd", sd.prf().f1());
        extra.put("accuracy_sd", sd.accuracy());
        table.add(
            String.format(
                Locale.ROOT, "metric A, shingles (%d records with a gold body)%s",
                pages.size(), bHeadline ? "" : "  [headline]"));
        table.add(
            String.format(
                Locale.ROOT,
                "  P %s ± %s  R %s ± %s  F1 %s ± %s  accuracy %s ± %s  (± = sd over %d bootstrap draws)",
                Prf.format(v.prf().precision()), Prf.format(sd.prf().precision()),
                Prf.format(v.prf().recall()), Prf.format(sd.prf().recall()),
                Prf.format(v.prf().f1()), Prf.format(sd.prf().f1()),
                Prf.format(v.accuracy()), Prf.format(sd.accuracy()), BodyEval.BOOTSTRAP_DRAWS));
      }
      Prf headline = bHeadline ? b : a.value().prf();
      return new Report(headline, extra, table);
    }
  }
}
