package org.newsgraph.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.enrich.entities.EntityStage;
import org.newsgraph.enrich.gazetteer.Gazetteer;
import org.newsgraph.enrich.quotes.QuoteStage;
import org.newsgraph.enrich.counts.CountStage;
import org.newsgraph.extract.LanguageStage;
import org.newsgraph.extract.PlainTextExtractor;
import org.newsgraph.extract.html.ExtractedArticle;
import org.newsgraph.extract.html.HtmlExtractor;
import org.newsgraph.extract.TimeAnchorStage;
import org.newsgraph.ingest.DecodedText;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.TextDecoder;
import org.newsgraph.ingest.UrlFetcher;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.InputException;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RawInput;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.StageException;
import org.newsgraph.nlp.CoreNlpStage;

/**
 * The Java API: one article in, one knowledge record out.
 *
 * <pre>{@code
 * Newsgraph ng = Newsgraph.open(NewsgraphConfig.DEFAULTS);
 * Outcome o = ng.analyze(ng.read(Path.of("article.txt")), AnalyzeOptions.published(date));
 * Document doc = o.requireDocument();
 * }</pre>
 *
 * <p>Thread-safe; models load once, when the instance is opened.
 */
public final class Newsgraph {

  /** Stage names for the steps that create the document, used in outcomes. */
  public static final String READ = "ingest.read";

  public static final String DECODE = "ingest.decode";
  public static final String STRUCTURE = "extract.plaintext";
  public static final String HTML = "extract.html";

  private final NewsgraphConfig config;
  private final InputReader reader;
  private final TextDecoder decoder;
  private final UrlFetcher fetcher;
  private final PlainTextExtractor extractor = new PlainTextExtractor();
  private final HtmlExtractor htmlExtractor = new HtmlExtractor();
  private final Clock clock;
  private volatile Pipeline pipeline;
  private CoreNlpStage nlp;

  private Newsgraph(NewsgraphConfig config, Clock clock) {
    this.config = config;
    this.reader = new InputReader(config.ingest());
    this.decoder = new TextDecoder(config.ingest());
    this.fetcher = new UrlFetcher(config.ingest());
    this.clock = clock;
  }

  /**
   * The analysis pipeline, built (and its models loaded) on first use, so that reading and
   * extraction alone ({@link #extract}) never pay for the models.
   */
  public Pipeline pipeline() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          nlp = new CoreNlpStage(config.nlp());
          p =
              Pipeline.builder("newsgraph")
                  .add(new LanguageStage(config.language()))
                  .add(new TimeAnchorStage(config.anchor(), clock))
                  .add(nlp)
                  .add(new EntityStage(Gazetteer.get()))
                  .add(new QuoteStage())
                  .add(new CountStage(config.counts()))
                  .build(Set.of(Layers.BLOCKS, Layers.RELATED_LINKS));
          pipeline = p;
        }
      }
    }
    return p;
  }

  /**
   * Opens newsgraph. The models load when the first document is analyzed (or on {@link
   * #pipeline()}), which takes seconds: open once per process and share the instance.
   */
  public static Newsgraph open(NewsgraphConfig config) {
    return new Newsgraph(config, Clock.systemUTC());
  }

  /** As {@link #open(NewsgraphConfig)}, with a clock for tests (the clock only bounds years). */
  public static Newsgraph open(NewsgraphConfig config, Clock clock) {
    return new Newsgraph(config, clock);
  }

  public NewsgraphConfig config() {
    return config;
  }

  /** Model load time of the NLP stage, in nanoseconds (loads the models if not yet done). */
  public long modelLoadNanos() {
    pipeline();
    return nlp.modelLoadNanos();
  }

  /** Reads a file within the configured bounds. */
  public RawInput read(Path file) {
    return reader.readFile(file);
  }

  /** Fetches a web page within the configured bounds (time, size, redirects). */
  public RawInput fetch(String url) {
    return fetcher.fetch(url);
  }

  /** Reads a stream (standard input) within the configured bounds. */
  public RawInput read(String name, InputStream in) {
    return reader.readStream(name, in);
  }

  /** Analyzes raw input; failures come back as outcomes, never as exceptions. */
  public Outcome analyze(RawInput input, AnalyzeOptions options) {
    return analyzeExtracted(extract(input, options));
  }

  /**
   * Analyzes what {@link #extract} gave, so that a caller who looked at the extracted article
   * first (its length, its language) does not decode and parse it again.
   */
  public Outcome analyzeExtracted(Outcome structured) {
    if (!structured.ok()) {
      return structured;
    }
    Document doc = structured.document();
    if (doc.source().mediaType().equals("text/html") && !hasArticleText(doc)) {
      return new Outcome(
          structured.input(), null, HTML, NO_ARTICLE_TEXT, null, structured.stageNanos());
    }
    return runPipeline(structured);
  }

  /** Why a page without article text is not analyzed. */
  private static final String NO_ARTICLE_TEXT =
      "holds no article text that could be found (a page without paragraphs, or one built by"
          + " scripts)";

  /** Whether a block other than the title is article text. */
  private static boolean hasArticleText(Document doc) {
    for (Block b : doc.blocks()) {
      if (b.kind().isArticleText() && b.kind() != BlockKind.TITLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the input as far as the article: decoding, main text, blocks and metadata, without
   * NLP (no models load). Failures come back as outcomes. A page whose main text cannot be found
   * still gives its title and metadata (its document has no body blocks, perhaps no text at
   * all); {@link #analyze} refuses it.
   */
  public Outcome extract(RawInput input, AnalyzeOptions options) {
    Map<String, Long> times = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    DecodedText decoded;
    try {
      RawInput in =
          options.encoding() == null
              ? input
              : new RawInput(input.name(), input.bytes(), input.mediaTypeHint(), options.encoding());
      decoded = decoder.decode(in);
    } catch (InputException e) {
      times.put(DECODE, System.nanoTime() - t0);
      return new Outcome(input.name(), null, DECODE, e.reason(), e, times);
    }
    times.put(DECODE, System.nanoTime() - t0);
    String mediaType = input.mediaTypeHint() == null ? "text/plain" : input.mediaTypeHint();
    SourceInfo source =
        new SourceInfo(
            input.name(),
            mediaType,
            decoded.charset(),
            decoded.evidence(),
            input.size(),
            decoded.warnings());
    if (mediaType.equals("text/html")) {
      return structureHtml(input.name(), decoded.text(), source, options, times);
    }
    return structureText(input.name(), decoded.text(), source, options, times);
  }

  /** Analyzes text already in memory (a plain-text article). */
  public Outcome analyzeText(String name, String text, AnalyzeOptions options) {
    SourceInfo source =
        new SourceInfo(name, "text/plain", "UTF-16", "in memory", text.length() * 2L, List.of());
    if (text.isBlank()) {
      return new Outcome(
          name, null, DECODE, "is empty (only white space)", null, Map.of());
    }
    Outcome o = structureText(name, text, source, options, new LinkedHashMap<>());
    return o.ok() ? runPipeline(o) : o;
  }

  private Outcome structureHtml(
      String name, String html, SourceInfo source, AnalyzeOptions options,
      Map<String, Long> times) {
    long t0 = System.nanoTime();
    Document doc;
    try {
      ExtractedArticle a = htmlExtractor.extract(html, options.url(), given(options));
      doc = a.toDocument(DocumentIds.ofText(a.text()), source);
    } catch (StageException | IllegalArgumentException e) {
      times.put(HTML, System.nanoTime() - t0);
      return new Outcome(name, null, HTML, e.getMessage(), e, times);
    }
    times.put(HTML, System.nanoTime() - t0);
    return new Outcome(name, doc, null, null, null, times);
  }

  private static Metadata given(AnalyzeOptions options) {
    Metadata meta = Metadata.EMPTY;
    if (options.published() != null) {
      meta = meta.withPublished(new DateClaim(options.published(), options.publishedEvidence()));
    }
    if (options.url() != null) {
      meta = meta.withUrl(options.url());
    }
    if (options.title() != null) {
      meta = meta.withTitle(options.title(), options.titleEvidence());
    }
    return meta;
  }

  private Outcome runPipeline(Outcome structured) {
    Map<String, Long> times = new LinkedHashMap<>(structured.stageNanos());
    Outcome o = pipeline().run(structured.input(), structured.document());
    times.putAll(o.stageNanos());
    return new Outcome(o.input(), o.document(), o.failedStage(), o.error(), o.cause(), times);
  }

  private Outcome structureText(
      String name, String decoded, SourceInfo source, AnalyzeOptions options,
      Map<String, Long> times) {
    long t0 = System.nanoTime();
    Document doc;
    try {
      String text = PlainTextExtractor.canonicalText(decoded);
      doc = extractor.extract(DocumentIds.ofText(text), text, source, given(options));
    } catch (StageException | IllegalArgumentException e) {
      times.put(STRUCTURE, System.nanoTime() - t0);
      return new Outcome(name, null, STRUCTURE, e.getMessage(), e, times);
    }
    times.put(STRUCTURE, System.nanoTime() - t0);
    return new Outcome(name, doc, null, null, null, times);
  }

  /** Analyzes several inputs on {@code threads} threads; outcomes come back in input order. */
  public List<Outcome> analyzeAll(List<RawInput> inputs, AnalyzeOptions options, int threads) {
    List<Outcome> out = new ArrayList<>(inputs.size());
    if (threads <= 1) {
      for (RawInput in : inputs) {
        out.add(analyze(in, options));
      }
      return out;
    }
    try (var pool = new BoundedPool(threads)) {
      List<java.util.concurrent.Future<Outcome>> fs = new ArrayList<>();
      for (RawInput in : inputs) {
        fs.add(pool.submit(() -> analyze(in, options)));
      }
      for (var f : fs) {
        out.add(BoundedPool.join(f));
      }
    }
    return out;
  }
}
