package org.rasd.store;

/** A storage or index failure (I/O, database), with what was being done when it happened. */
public class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
