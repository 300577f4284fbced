package org.rasd.nlp.text;

import java.util.Arrays;
import org.rasd.nlp.model.TokenKind;

/** Growable columns of token offsets and kinds, filled by the tokenizer before records are made. */
final class TokenBuffer implements ArabicTokenizer.Sink {

  int[] starts;
  int[] ends;
  TokenKind[] kinds;
  int size;

  TokenBuffer(int capacity) {
    capacity = Math.max(capacity, 16);
    starts = new int[capacity];
    ends = new int[capacity];
    kinds = new TokenKind[capacity];
  }

  @Override
  public void token(int start, int end, TokenKind kind) {
    if (size == starts.length) {
      int grown = size + (size >> 1);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
      kinds = Arrays.copyOf(kinds, grown);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    size++;
  }

  /** True when token {@code i} is the single character {@code c}. */
  boolean isChar(String text, int i, char c) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
  }

  /** The single character of a one-character token, or 0. */
  char charOf(String text, int i) {
    return ends[i] - starts[i] == 1 ? text.charAt(starts[i]) : 0;
  }

  /** True when token {@code i} follows token {@code i - 1} with nothing in between. */
  boolean touchesPrevious(int i) {
    return i > 0 && ends[i - 1] == starts[i];
  }
}
