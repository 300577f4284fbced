package org.rasd.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids from content: the same text read again (from another copy, encoding or line-ending
 * convention) gets the same id, so re-ingesting is idempotent.
 */
public final class ArticleIds {

  /** Hex digits kept from the SHA-256: 64 bits, collision-free for any realistic corpus. */
  private static final int HEX_LENGTH = 16;

  private ArticleIds() {}

  /** The SHA-256 (hex prefix) of {@code text} with whitespace runs folded to one space and trimmed. */
  public static String fromText(String text) {
    MessageDigest sha256 = sha256();
    StringBuilder chunk = new StringBuilder(8192);
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        chunk.append(' ');
        pendingSpace = false;
      }
      chunk.append(c);
      started = true;
      // Flush between characters, never inside a surrogate pair.
      if (chunk.length() >= 8000 && !Character.isHighSurrogate(c)) {
        sha256.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
        chunk.setLength(0);
      }
    }
    sha256.update(chunk.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha256.digest()).substring(0, HEX_LENGTH);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
