package org.newsgraph.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRouting;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.newsgraph.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsgraph serve}: the REST API over one store (docs/api.md), on Javalin. JSON under {@code
 * /api}; the web interface's files, when the class path has them, at {@code /}; nothing else. Bound
 * to the loopback address unless told otherwise.
 *
 * <pre>{@code
 * try (NewsgraphServer s = NewsgraphServer.start(ServerConfig.defaults(dir, token))) {
 *   System.out.println("serving at " + s.url());
 *   ...
 * }
 * }</pre>
 */
public final class NewsgraphServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

  /** Request bodies at most (an ingest request's list of inputs). */
  static final long MAX_BODY = 512 * 1024;

  /** JSON answers are data, never a page: no scripts, no frames, no plugins, nothing loaded. */
  static final String API_CSP =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none';"
          + " form-action 'none'; sandbox";

  /** The web interface: its own files only, never framed. */
  static final String WEB_CSP =
      "default-src 'self'; object-src 'none'; frame-ancestors 'none';"
          + " base-uri 'self'; form-action 'self'";

  /** The web interface's text files: extension and media type; all are served as UTF-8. */
  static final Map<String, String> TEXT_FILES =
      Map.of(
          "html", "text/html",
          "js", "text/javascript",
          "mjs", "text/javascript",
          "css", "text/css",
          "json", "application/json",
          "svg", "image/svg+xml",
          "txt", "text/plain");

  private final ServerConfig config;
  private final ServerStore store;
  private final IngestJobs jobs;
  private final Javalin app;
  private final List<String> registered = Collections.synchronizedList(new ArrayList<>());
  private List<Routes.Route> routes = List.of();
  private final boolean checkHost;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private NewsgraphServer(ServerConfig config) {
    this.config = config;
    this.checkHost = ServerConfig.isLoopback(config.host());
    if (!checkHost) {
      LOG.warn("listening on {}, not on a loopback address: other machines can read the store",
          config.host());
    }
    this.store = new ServerStore(config.store(), config.ingest());
    this.jobs = config.ingest() ? new IngestJobs(store, config.newsgraph()) : null;
    try {
      this.app = Javalin.create(this::configure);
      app.start();
    } catch (RuntimeException e) {
      closeStore();
      throw new IllegalStateException(
          "cannot serve on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
    }
  }

  /** Opens the store and starts serving; the port is bound when this returns. */
  public static NewsgraphServer start(ServerConfig config) {
    return new NewsgraphServer(config);
  }

  private void configure(JavalinConfig cfg) {
    cfg.showJavalinBanner = false;
    cfg.startupWatcherEnabled = false;
    cfg.http.prefer405over404 = true;
    cfg.http.maxRequestSize = MAX_BODY;
    cfg.http.defaultContentType = "application/json";
    cfg.jsonMapper(Json.JAVALIN);
    cfg.jetty.defaultHost = config.host();
    cfg.jetty.defaultPort = config.port();
    cfg.jetty.modifyHttpConfiguration(
        h -> {
          h.setSendServerVersion(false);
          h.setSendXPoweredBy(false);
        });
    // what Jetty answers itself (a malformed request line, say): no stack, no servlet name
    cfg.jetty.modifyServer(server -> server.setErrorHandler(quietErrors()));
    cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(quietErrors()));
    cfg.events.handlerAdded(
        h -> {
          if (h.getHttpMethod().isHttpMethod()) {
            registered.add(h.getHttpMethod() + " " + h.getPath());
          }
        });
    if (Thread.currentThread().getContextClassLoader().getResource(config.webResources()) != null
        || NewsgraphServer.class.getClassLoader().getResource(config.webResources()) != null) {
      cfg.staticFiles.add(
          s -> {
            s.hostedPath = "/";
            s.directory = "/" + config.webResources();
            s.location = Location.CLASSPATH;
            s.headers =
                Map.of(
                    "X-Content-Type-Options",
                    "nosniff",
                    "Content-Security-Policy",
                    WEB_CSP,
                    "X-Frame-Options",
                    "DENY",
                    "Referrer-Policy",
                    "no-referrer");
            // Jetty's types name no charset (Javalin then sends "charset=null"): the
            // interface's text files are UTF-8, and say so
            TEXT_FILES.forEach((ext, type) -> s.mimeTypes.add(type + ";charset=utf-8", ext));
          });
    }
    cfg.router.mount(this::routes);
  }

  private void routes(JavalinDefaultRouting router) {
    router.before(this::guard);
    Routes r = new Routes(router);
    SearchRoutes search = new SearchRoutes(store);
    search.register(r);
    new FacetRoutes(store, search).register(r);
    new ArticleRoutes(store).register(r);
    new EntityRoutes(store).register(r);
    new IngestRoutes(store, jobs, config.token()).register(r);
    new MetaRoutes(store, jobs).register(r);
    routes = r.all();
    router.exception(
        ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
    router.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), javalinMessage(e, ctx), null));
    router.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
          error(ctx, 503, "the store could not answer: " + e.getMessage(), null);
        });
    router.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "the server failed on this request; its log says why", null);
        });
  }

  /**
   * Before every request: the security headers, and, on a loopback address, a Host header naming
   * this machine (a page elsewhere that renames itself to 127.0.0.1 — DNS rebinding — sends its own
   * name and is refused).
   */
  private void guard(Context ctx) {
    boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", api ? API_CSP : WEB_CSP);
    if (api) {
      ctx.header("Cache-Control", "no-store");
    }
    if (checkHost && !localHost(ctx.header("Host"))) {
      throw new ApiException(
          403,
          "this server answers requests for localhost or 127.0.0.1"
              + " only (Host header '"
              + Params.echo(String.valueOf(ctx.header("Host")))
              + "')",
          null);
    }
  }

  private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  /** Whether a Host header names this machine's loopback address, with any port. */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      String port = h.substring(colon + 1);
      if (!port.matches("\\d{1,5}")) {
        return false;
      }
      h = h.substring(0, colon);
    }
    return LOCAL_NAMES.contains(h) || h.matches("127(\\.\\d{1,3}){3}");
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    ctx.status(status).json(new ErrorBody(message, parameter));
  }

  private static String javalinMessage(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 ->
          "nothing is at "
              + Params.echo(ctx.path())
              + "; the API is under /api"
              + " (GET /api/openapi.json describes it)";
      case 405 ->
          ctx.method()
              + " is not allowed on "
              + Params.echo(ctx.path())
              + " (GET /api/openapi.json says which methods are)";
      case 413 -> "the request body is larger than " + MAX_BODY / 1024 + " KiB";
      default -> e.getMessage() == null ? "the request failed" : e.getMessage();
    };
  }

  private static ErrorHandler quietErrors() {
    ErrorHandler h = new ErrorHandler();
    h.setShowStacks(false);
    h.setShowServlet(false);
    h.setShowMessageInTitle(false);
    return h;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  public String host() {
    return config.host();
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:8020/}. */
  public URI url() {
    String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** "writer", "read-only" or "disabled": whether ingest can run, as /api/health says. */
  public String ingestMode() {
    return store.mode();
  }

  /** Why ingest cannot run, or null. */
  public String ingestProblem() {
    return store.writerProblem();
  }

  /** Every endpoint Javalin registered, as "GET /api/search" (for the OpenAPI test). */
  List<String> registeredRoutes() {
    return List.copyOf(registered);
  }

  /** The API's routes with their query parameters. */
  List<Routes.Route> routes() {
    return routes;
  }

  /**
   * Stops serving, stops ingest (waiting a while for a running job) and closes the store. A second
   * call does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      closeStore();
    }
  }

  private void closeStore() {
    boolean stopped = jobs == null || jobs.stop();
    if (stopped) {
      store.close();
    } else {
      // the job's batches so far are committed; the lock goes with the process
      LOG.warn("an ingest job did not stop in time; the store's writer stays open under it");
      store.closeReaderOnly();
    }
  }
}
