package org.rasd.server;

/** A request the API refuses, with the HTTP status (4xx) and a message naming the parameter and the problem. */
final class BadRequest extends RuntimeException {

  private final int status;

  BadRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static BadRequest invalid(String message) {
    return new BadRequest(400, message);
  }

  static BadRequest notFound(String message) {
    return new BadRequest(404, message);
  }

  int status() {
    return status;
  }
}
