package org.newsgraph.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.ingest.sources.Source;
import org.newsgraph.ingest.sources.SourceConfig;
import org.newsgraph.ingest.sources.SourceItem;
import org.newsgraph.ingest.sources.Sources;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.Document;
import org.newsgraph.nlp.UnsupportedLanguageException;
import org.newsgraph.pipeline.AnalyzeOptions;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.Outcome;
import org.newsgraph.store.ArticleRows;
import org.newsgraph.store.Batch;
import org.newsgraph.store.CorpusLink;
import org.newsgraph.store.SearchIndex.ArticleDoc;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreReader;
import org.newsgraph.store.Tables;

/**
 * {@code newsgraph ingest}: reads sources, analyzes their inputs on parallel workers and
 * commits the articles to the store in batches.
 *
 * <p>Idempotent: an input whose key the store already holds is skipped before it is read
 * further, and an article whose id the store holds (the same canonical URL from another input)
 * is recorded as a duplicate and not stored again. Resumable: work is committed batch by batch
 * (see {@code Segments}); after an interruption, even {@code kill -9}, the store holds whole
 * batches only, and running the same command again does what is left.
 *
 * <p>An article in a language the analysis does not cover yet (all but English) is stored with
 * its text, metadata and language, and without entities, quotations, times and counts.
 *
 * <p>One thread reads the sources and commits, in the order analyses finish; the workers only
 * analyze. Entities are linked across articles at commit, one article at a time.
 */
public final class IngestJob {

  /**
   * @param workers analysis threads
   * @param batchArticles articles per commit at most
   * @param batchTime time between commits at most (what an interruption can cost)
   * @param nlp whether articles get the full analysis (entities, quotations, times, counts) or
   *     only text and metadata
   * @param progress whether to draw a progress bar (else a line every ten seconds)
   * @param minWords the fewest words of article text (title not counted) an input needs to be
   *     stored as an article: fewer is a snippet, a caption or a cookie wall, logged as failed
   */
  public record Options(
      int workers, int batchArticles, Duration batchTime, boolean nlp, boolean progress,
      int minWords, SourceConfig sources) {
    public static final Options DEFAULTS =
        new Options(2, 200, Duration.ofSeconds(10), true, true, 15, SourceConfig.DEFAULTS);
  }

  /** What a run did. */
  public record Summary(
      int ingested, int notAnalyzed, int alreadyPresent, int duplicates, int failed, int batches,
      long nanos, List<String> firstFailures) {
    public double articlesPerSecond() {
      return nanos == 0 ? 0 : ingested / (nanos / 1e9);
    }
  }

  private record Analyzed(SourceItem item, Outcome outcome) {}

  private static final int MAX_LISTED_FAILURES = 20;

  private final Newsgraph newsgraph;
  private final Store.Writer store;
  private final Options options;
  private final PrintStream err;

  private final Set<String> inputKeys = new HashSet<>();
  private final Set<String> articleIds = new HashSet<>();
  /**
   * Inputs already taken in this run: one reached twice (two gold files name one page) is read
   * once, and the second time counts as already present.
   */
  private final Set<String> taken = new HashSet<>();
  private final CorpusEntities entities = new CorpusEntities();

  private Batch batch = new Batch();
  private List<ArticleDoc> docs = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> firstFailures = new ArrayList<>();
  private long lastCommit = System.nanoTime();
  private int ingested;
  private int notAnalyzed;
  private int present;
  private int duplicates;
  private int failed;
  private int batches;

  public IngestJob(Newsgraph newsgraph, Store.Writer store, Options options, PrintStream err) {
    this.newsgraph = newsgraph;
    this.store = store;
    this.options = options;
    this.err = err;
    load();
  }

  /** Reads what the store holds: the inputs and articles it has, and the corpus entities. */
  private void load() {
    Duration t = Duration.ofMinutes(5);
    int all = Integer.MAX_VALUE - 1;
    try (StoreReader r = new StoreReader(store.dir())) {
      for (List<Object> row : r.query("SELECT input_key FROM inputs", List.of(), all, t).rows()) {
        inputKeys.add((String) row.get(0));
      }
      for (List<Object> row : r.query("SELECT id FROM articles", List.of(), all, t).rows()) {
        articleIds.add((String) row.get(0));
      }
      entities.load(
          r.query("SELECT corpus_id, type, key FROM corpus_keys", List.of(), all, t).rows(),
          r.query("SELECT corpus_id, count(*) FROM entities WHERE corpus_id IS NOT NULL"
              + " GROUP BY corpus_id", List.of(), all, t).rows());
    }
  }

  /** Ingests every argument (paths, URLs) in order. */
  public Summary run(List<String> args) throws IOException {
    long t0 = System.nanoTime();
    List<Source> sources = new ArrayList<>();
    try {
      for (String a : args) {
        sources.add(Sources.open(a, options.sources()));
      }
      long total = 0;
      for (Source s : sources) {
        total = s.totalBytes() < 0 || total < 0 ? -1 : total + s.totalBytes();
      }
      try (ProgressBar bar = options.progress() ? bar(total) : null) {
        ingestAll(sources, bar, t0);
      }
    } finally {
      for (Source s : sources) {
        s.close();
      }
    }
    commit();
    return new Summary(ingested, notAnalyzed, present, duplicates, failed, batches,
        System.nanoTime() - t0,
        List.copyOf(firstFailures));
  }

  private ProgressBar bar(long totalBytes) {
    ProgressBarBuilder b =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setUpdateIntervalMillis(500)
            .continuousUpdate();
    if (totalBytes > 0) {
      b.setInitialMax(Math.max(1, totalBytes >> 20)).setUnit(" MiB", 1).showSpeed();
    } else {
      b.setInitialMax(-1).setUnit(" inputs", 1);
    }
    return b.build();
  }

  private void ingestAll(List<Source> sources, ProgressBar bar, long t0) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.workers(),
            r -> {
              Thread t = new Thread(r, "newsgraph-ingest-worker");
              t.setDaemon(true);
              return t;
            });
    ExecutorCompletionService<Analyzed> done = new ExecutorCompletionService<>(pool);
    int inFlight = 0;
    int maxInFlight = options.workers() * 4;
    long readBefore = 0;
    long lastLine = System.nanoTime();
    int inputs = 0;
    try {
      for (Source source : sources) {
        SourceItem item;
        while ((item = source.next()) != null) {
          inputs++;
          if (inputKeys.contains(item.key()) || !taken.add(item.key())) {
            present++;
          } else if (!item.ok()) {
            fail(item.key(), item.message());
          } else {
            SourceItem it = item;
            done.submit(() -> new Analyzed(it, analyze(it)));
            inFlight++;
          }
          while (inFlight >= maxInFlight) {
            accept(take(done));
            inFlight--;
          }
          Future<Analyzed> f;
          while ((f = done.poll()) != null) {
            accept(get(f));
            inFlight--;
          }
          commitIfDue();
          if (bar != null) {
            long read = readBefore + source.bytesRead();
            if (bar.getMax() > 0) {
              bar.stepTo(Math.min(bar.getMax(), read >> 20));
            } else {
              bar.stepTo(inputs);
            }
            bar.setExtraMessage(status(t0));
          } else if (System.nanoTime() - lastLine > TimeUnit.SECONDS.toNanos(10)) {
            err.println("ingest: " + status(t0));
            lastLine = System.nanoTime();
          }
        }
        readBefore += Math.max(0, source.bytesRead());
      }
      while (inFlight > 0) {
        accept(take(done));
        inFlight--;
        commitIfDue();
      }
      if (bar != null) {
        if (bar.getMax() > 0) {
          bar.stepTo(bar.getMax());
        }
        bar.setExtraMessage(status(t0));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String status(long t0) {
    double s = (System.nanoTime() - t0) / 1e9;
    return String.format(Locale.ROOT, "%d new, %d present, %d failed, %.1f articles/s",
        ingested, present + duplicates, failed, s > 0 ? ingested / s : 0);
  }

  private Outcome analyze(SourceItem item) {
    AnalyzeOptions o =
        new AnalyzeOptions(
            item.published(), item.publishedEvidence(), null, item.url(), item.title(),
            item.titleEvidence());
    // the words are counted before the analysis, which a snippet is not worth
    Outcome x = newsgraph.extract(item.input(), o);
    if (!x.ok()) {
      return x;
    }
    int words = articleWords(x.document());
    if (words < options.minWords()) {
      String stage = x.document().source().mediaType().equals("text/html")
          ? Newsgraph.HTML : Newsgraph.STRUCTURE;
      return new Outcome(x.input(), null, stage,
          words == 0
              ? "holds no article text that could be found (a page without paragraphs, or one"
                  + " built by scripts)"
              : "is too short to be an article: " + words + " word(s) of article text, at least "
                  + options.minWords() + " needed (--min-words)",
          null, x.stageNanos());
    }
    if (!options.nlp()) {
      return x;
    }
    Outcome full = newsgraph.analyzeExtracted(x);
    if (full.cause() instanceof UnsupportedLanguageException u) {
      // stored all the same, with its language: text, metadata and search, no analysis yet
      Document d = x.document();
      return new Outcome(x.input(), d.withMetadata(d.metadata().withLanguage(u.language())),
          null, null, null, x.stageNanos());
    }
    return full;
  }

  /** The words of the article text, the title not counted. */
  private static int articleWords(Document d) {
    int words = 0;
    for (Block b : d.blocks()) {
      if (b.kind().isArticleText() && b.kind() != BlockKind.TITLE) {
        words += ArticleRows.words(d.surface(b.span()));
      }
    }
    return words;
  }

  private static Analyzed take(ExecutorCompletionService<Analyzed> done) {
    try {
      return get(done.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the ingest was interrupted", e);
    }
  }

  private static Analyzed get(Future<Analyzed> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the ingest was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an analysis worker failed: " + e.getCause(), e.getCause());
    }
  }

  /** Takes one analysis into the batch (or the error log). */
  private void accept(Analyzed a) {
    SourceItem item = a.item();
    Outcome o = a.outcome();
    if (!o.ok()) {
      fail(item.key(), item.name() + ": " + o.error() + " (" + o.failedStage() + ")");
      return;
    }
    Document doc = o.document();
    String id =
        ArticleIds.of(doc.metadata().canonicalUrl(), item.url() != null ? item.url()
            : doc.metadata().url(), doc.text()).id();
    inputKeys.add(item.key());
    if (!articleIds.add(id)) {
      duplicates++;
      batch.add(Tables.INPUTS, item.key(), id, "duplicate");
      return;
    }
    Map<String, CorpusLink> links = entities.link(doc, id, batch);
    ArticleRows.add(batch, doc, id, item.key(), links, Instant.now());
    docs.add(
        new ArticleDoc(
            id,
            doc.metadata().title(),
            doc.text(),
            doc.metadata().canonicalUrl() != null ? doc.metadata().canonicalUrl() : item.url(),
            doc.metadata().siteName(),
            doc.find(org.newsgraph.model.Layers.LANGUAGE).map(g -> g.code())
                .orElse(doc.metadata().language()),
            doc.metadata().authors(),
            doc.metadata().published() == null ? null : doc.metadata().published().date(),
            links.values().stream().map(CorpusLink::corpusId).distinct().toList()));
    ingested++;
    if (options.nlp() && !doc.has(org.newsgraph.model.Layers.SENTENCES)) {
      notAnalyzed++;
    }
  }

  private void fail(String key, String message) {
    failed++;
    errors.add(Instant.now() + "\t" + key + "\t" + message.replace('\n', ' '));
    if (firstFailures.size() < MAX_LISTED_FAILURES) {
      firstFailures.add(message);
    }
  }

  private void commitIfDue() {
    if (batch.articles() >= options.batchArticles()
        || (!batch.isEmpty()
            && System.nanoTime() - lastCommit >= options.batchTime().toNanos())) {
      commit();
    }
  }

  /** Commits the batch, then logs its failures (a failure is logged again if it recurs). */
  private void commit() {
    if (!batch.isEmpty()) {
      store.commit(batch, docs);
      batches++;
    }
    store.logErrors(errors);
    errors.clear();
    batch = new Batch();
    docs = new ArrayList<>();
    lastCommit = System.nanoTime();
  }
}
