package org.newsgraph.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** A fixed pool of daemon worker threads, closed with try-with-resources. */
final class BoundedPool implements AutoCloseable {

  private final ExecutorService exec;

  BoundedPool(int threads) {
    this.exec =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "newsgraph-worker");
              t.setDaemon(true);
              return t;
            });
  }

  <T> Future<T> submit(Callable<T> task) {
    return exec.submit(task);
  }

  static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    exec.shutdown();
    try {
      exec.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
