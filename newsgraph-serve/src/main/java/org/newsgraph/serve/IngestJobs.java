package org.newsgraph.serve;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.pipeline.Newsgraph;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests run by the server: one at a time, in the order asked, on the server's own writer. Jobs
 * wait in a bounded queue; the last {@value #KEPT} are kept for their status.
 */
final class IngestJobs {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);

  /** Jobs waiting behind the running one at most: more are refused (429) until one ends. */
  static final int MAX_QUEUED = 8;

  /** Jobs whose status is kept (the oldest finished ones go first). */
  static final int KEPT = 100;

  /** How long closing waits for a running job (its committed batches are kept either way). */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  enum State {
    queued,
    running,
    done,
    failed
  }

  /** What the status endpoint shows of a job. */
  record Status(
      String id,
      State state,
      List<String> inputs,
      boolean nlp,
      Instant submittedAt,
      Instant startedAt,
      Instant finishedAt,
      Summary summary,
      String error) {}

  /** A finished run, as IngestJob.Summary says it. */
  record Summary(
      int ingested,
      int notAnalyzed,
      int alreadyPresent,
      int duplicates,
      int failed,
      int batches,
      double seconds,
      List<String> firstFailures) {
    static Summary of(IngestJob.Summary s) {
      return new Summary(
          s.ingested(),
          s.notAnalyzed(),
          s.alreadyPresent(),
          s.duplicates(),
          s.failed(),
          s.batches(),
          Math.round(s.nanos() / 1e6) / 1e3,
          s.firstFailures());
    }
  }

  private static final class Job {
    final String id;
    final List<String> inputs;
    final boolean nlp;
    final Instant submitted = Instant.now();
    volatile State state = State.queued;
    volatile Instant started;
    volatile Instant finished;
    volatile Summary summary;
    volatile String error;

    Job(String id, List<String> inputs, boolean nlp) {
      this.id = id;
      this.inputs = inputs;
      this.nlp = nlp;
    }

    Status status() {
      return new Status(id, state, inputs, nlp, submitted, started, finished, summary, error);
    }
  }

  private final ServerStore store;
  private final Newsgraph newsgraph; // the models load at the first job with nlp
  private final ThreadPoolExecutor pool;
  private final Map<String, Job> jobs = new LinkedHashMap<>(); // guarded by this
  private final SecureRandom random = new SecureRandom();

  IngestJobs(ServerStore store, NewsgraphConfig config) {
    this.store = store;
    this.newsgraph = Newsgraph.open(config);
    this.pool =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(MAX_QUEUED),
            r -> {
              Thread t = new Thread(r, "newsgraph-serve-ingest");
              t.setDaemon(true);
              return t;
            });
  }

  /** Queues a job on the store's writer (409 when another process holds it, 429 when full). */
  synchronized Status submit(List<String> inputs, boolean nlp) {
    Store.Writer writer = store.requireWriter();
    Job job = new Job(HexFormat.of().formatHex(randomBytes()), List.copyOf(inputs), nlp);
    try {
      pool.execute(() -> run(job, writer));
    } catch (RejectedExecutionException e) {
      throw new ApiException(
          429,
          "the server is running an ingest and "
              + MAX_QUEUED
              + " more are waiting; ask again when one has finished",
          null);
    }
    jobs.put(job.id, job);
    forgetOld();
    return job.status();
  }

  private byte[] randomBytes() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return b;
  }

  private void forgetOld() {
    Iterator<Job> it = jobs.values().iterator();
    while (jobs.size() > KEPT && it.hasNext()) {
      Job j = it.next();
      if (j.state == State.done || j.state == State.failed) {
        it.remove();
      }
    }
  }

  synchronized Optional<Status> find(String id) {
    Job j = jobs.get(id);
    return j == null ? Optional.empty() : Optional.of(j.status());
  }

  /** Jobs waiting or running. */
  synchronized long active() {
    return jobs.values().stream()
        .filter(j -> j.state == State.queued || j.state == State.running)
        .count();
  }

  private void run(Job job, Store.Writer writer) {
    job.started = Instant.now();
    job.state = State.running;
    LOG.info("ingest {} started: {}", job.id, job.inputs);
    try {
      IngestJob.Options o = IngestJob.Options.DEFAULTS;
      IngestJob.Options options =
          new IngestJob.Options(
              o.workers(),
              o.batchArticles(),
              o.batchTime(),
              job.nlp,
              false,
              o.minWords(),
              o.sources());
      PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      job.summary = Summary.of(new IngestJob(newsgraph, writer, options, log).run(job.inputs));
      job.state = State.done;
      LOG.info("ingest {} done: {}", job.id, job.summary);
    } catch (Exception e) {
      // the batches committed before the failure stay; the message is the job's error
      job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      job.state = State.failed;
      LOG.warn("ingest " + job.id + " failed", e);
    } finally {
      job.finished = Instant.now();
    }
  }

  /**
   * Stops taking jobs, drops the queued ones and waits a while for the running one; returns whether
   * it stopped (if not, the store's writer must stay open under it).
   */
  boolean stop() {
    pool.shutdownNow();
    synchronized (this) {
      for (Job j : jobs.values()) {
        if (j.state == State.queued) {
          j.state = State.failed;
          j.error = "the server stopped before the job started";
        }
      }
    }
    try {
      return pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
