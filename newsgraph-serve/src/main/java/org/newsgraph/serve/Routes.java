package org.newsgraph.serve;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's routes, each with the query parameters it takes: a request with any other parameter is
 * refused with 400 before its handler runs. The list is what the OpenAPI document must describe
 * (OpenApiTest holds the two together).
 */
final class Routes {

  /** A route: method, Javalin path ({@code /api/articles/{id}}), query parameters taken. */
  record Route(String method, String path, List<String> query) {}

  /** A handler that gets the request's parameters, already checked against the route's. */
  @FunctionalInterface
  interface ApiHandler {
    void handle(Context ctx, Params params) throws Exception;
  }

  private final JavalinDefaultRouting router;
  private final List<Route> routes = new ArrayList<>();

  Routes(JavalinDefaultRouting router) {
    this.router = router;
  }

  void get(String path, List<String> query, ApiHandler h) {
    routes.add(new Route("GET", path, List.copyOf(query)));
    router.get(path, ctx -> h.handle(ctx, new Params(ctx, query)));
  }

  void post(String path, List<String> query, ApiHandler h) {
    routes.add(new Route("POST", path, List.copyOf(query)));
    router.post(path, ctx -> h.handle(ctx, new Params(ctx, query)));
  }

  List<Route> all() {
    return List.copyOf(routes);
  }
}
