package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.corpus.IngestJob;
import org.newsgraph.pipeline.NewsgraphConfig;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the REST API over the store (docs/api.md), until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store until stopped with Ctrl-C: the web interface at / (docs/web.md) and a"
          + " JSON API under /api (docs/api.md; GET /api/openapi.json describes it).",
      "Reads need no token. POST /api/ingest needs 'Authorization: Bearer TOKEN'; with ingest on,"
          + " the server holds the store's writer lock while it runs."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "Port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The ingest token (at least 16 characters; default: $NEWSGRAPH_TOKEN, else one"
              + " is generated and printed).")
  String token;

  @Option(
      names = "--no-ingest",
      description = "Read-only: POST /api/ingest answers 403 and the writer lock stays free.")
  boolean noIngest;

  @Option(
      names = "--ingest",
      arity = "1..*",
      paramLabel = "PATH|URL",
      description =
          "Ingest these first (as 'newsgraph ingest' does, with its defaults; what the store"
              + " holds already is skipped), then serve.")
  List<String> ingest;

  @Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the web interface's files are on the class path (newsgraph-web). */
  static final String WEB_INDEX = ServerConfig.DEFAULT_WEB_RESOURCES + "/index.html";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }
    String t = null;
    boolean generated = false;
    if (!noIngest) {
      String env = System.getenv("NEWSGRAPH_TOKEN");
      t = token != null ? token : env != null && !env.isBlank() ? env.strip() : null;
      if (t == null) {
        t = ServerConfig.newToken();
        generated = true;
      }
    } else if (token != null) {
      err.println("newsgraph: --token is not used with --no-ingest");
    }
    NewsgraphConfig settings = config.load();
    if (config.printConfig) {
      out.print(settings.print());
      out.flush();
      return 0;
    }
    if (ingest != null && !ingest.isEmpty()) {
      IngestJob.Options o = IngestJob.Options.DEFAULTS;
      IngestJob.Options options =
          new IngestJob.Options(o.workers(), o.batchArticles(), o.batchTime(), true,
              System.console() != null, o.minWords(), o.sources());
      int code = IngestCommand.ingest(store.dir(), ingest, settings, options, out, err);
      if (code != 0) {
        return code;
      }
    }
    ServerConfig cfg;
    try {
      cfg =
          new ServerConfig(
              store.dir(),
              host,
              port,
              t,
              !noIngest,
              settings,
              ServerConfig.DEFAULT_WEB_RESOURCES);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!ServerConfig.isLoopback(host)) {
      err.println(
          "newsgraph: warning: listening on "
              + host
              + ", not on this machine's loopback"
              + " address: other machines that reach it can read the whole store, and anyone who"
              + " learns the token can ingest. Use --host 127.0.0.1 unless that is meant.");
    }
    NewsgraphServer server;
    try {
      server = NewsgraphServer.start(cfg);
    } catch (StoreException | IllegalStateException e) {
      err.println("newsgraph: " + e.getMessage());
      return 1;
    }
    Thread hook = new Thread(server::close, "newsgraph-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.println(
          "serving "
              + store.dir().toAbsolutePath().normalize()
              + " at "
              + server.url()
              + "api/ (described at "
              + server.url()
              + "api/openapi.json); Ctrl-C stops");
      switch (server.ingestMode()) {
        case "writer" ->
            out.println(
                generated
                    ? "ingest: on; token (send it as 'Authorization: Bearer TOKEN'): " + t
                    : "ingest: on, with the token from "
                        + (token != null ? "--token" : "NEWSGRAPH_TOKEN"));
        case "read-only" ->
            out.println(
                "ingest: not now ("
                    + server.ingestProblem()
                    + "); it"
                    + " starts when that writer is done");
        default -> out.println("ingest: off (--no-ingest)");
      }
      if (ServeCommand.class.getClassLoader().getResource(WEB_INDEX) != null) {
        out.println("web interface: " + server.url());
      }
      out.flush();
      Thread.currentThread().join(); // until Ctrl-C (the hook closes the server) or interrupted
      return 0;
    } catch (InterruptedException e) {
      // asked to stop (tests); the flag stays clear so closing can wait for a running ingest
      return 0;
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
    }
  }
}
