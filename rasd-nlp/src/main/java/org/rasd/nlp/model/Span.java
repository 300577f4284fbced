package org.rasd.nlp.model;

/** A half-open character range [start, end) into an article's original text. */
public interface Span {
  int start();

  int end();

  default int length() {
    return end() - start();
  }

  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }
}
