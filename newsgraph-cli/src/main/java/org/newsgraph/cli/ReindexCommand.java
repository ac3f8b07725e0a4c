package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph reindex}: rebuilds the search index from the tables. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the full-text index from the store's tables.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store.Writer w = Store.openWriter(store.dir())) {
      long t0 = System.nanoTime();
      int n = w.reindex();
      out.printf(java.util.Locale.ROOT, "indexed %d article(s) in %.1f s%n", n,
          (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return 1;
    }
  }
}
