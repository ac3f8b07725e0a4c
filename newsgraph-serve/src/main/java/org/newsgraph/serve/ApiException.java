package org.newsgraph.serve;

/**
 * A request the API answers with an error: the HTTP status, what is wrong and what would be right,
 * and the parameter at fault when there is one. The message goes to the client as is, so it never
 * holds a stack trace or anything the client did not send or may not know.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;

  ApiException(int status, String message, String parameter) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
  }

  /** 400: a parameter is missing, malformed or out of range. */
  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  /** 404: nothing has this id. */
  static ApiException notFound(String message) {
    return new ApiException(404, message, null);
  }

  int status() {
    return status;
  }

  /** The parameter at fault, or null. */
  String parameter() {
    return parameter;
  }
}
