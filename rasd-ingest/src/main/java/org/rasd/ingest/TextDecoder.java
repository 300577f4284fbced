package org.rasd.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text or HTML input into a string: a byte-order mark (UTF-8, UTF-16) wins, then
 * a declared charset, then strict UTF-8, then Windows-1256 when the bytes read as Arabic in it. Anything
 * else is an error rather than mojibake.
 */
public final class TextDecoder {

  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** Share of the non-ASCII letters that must be Arabic for bytes to count as Windows-1256 text. */
  private static final double MIN_ARABIC_SHARE = 0.8;

  /** Share of those Arabic characters that may touch a Latin letter. */
  private static final double MAX_GLUED_SHARE = 0.1;

  private TextDecoder() {}

  /** Decodes {@code bytes} that carry no charset declaration. */
  public static String decode(byte[] bytes) throws BadInputException {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes}; {@code declared} (from an HTTP header or an HTML meta tag, may be null) is
   * trusted unless it claims UTF-8, in which case the bytes are checked like undeclared ones (pages
   * served as UTF-8 are often really Windows-1256).
   */
  public static String decode(byte[] bytes, Charset declared) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException("empty file", null);
    }
    String byBom = decodeByteOrderMark(bytes);
    if (byBom != null) {
      return checkNotBinary(byBom);
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new BadInputException(
          "binary content", "NUL byte at offset " + nul + "; UTF-16 needs a byte-order mark");
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return checkNotBinary(new String(bytes, declared));
    }
    try {
      return checkNotBinary(strict(StandardCharsets.UTF_8, bytes, 0));
    } catch (MalformedInputException e) {
      String windows1256 = new String(bytes, WINDOWS_1256);
      if (readsAsArabic(windows1256)) {
        return checkNotBinary(windows1256);
      }
      throw new BadInputException(
          "invalid UTF-8",
          "malformed byte at offset " + firstMalformedOffset(bytes) + ", and not Windows-1256 Arabic either");
    } catch (CharacterCodingException e) {
      throw new BadInputException("invalid UTF-8", e.getMessage());
    }
  }

  private static String decodeByteOrderMark(byte[] b) throws BadInputException {
    Charset charset;
    int skip;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      return null;
    }
    try {
      return strict(charset, b, skip);
    } catch (CharacterCodingException e) {
      throw new BadInputException("invalid " + charset.name(), "bytes do not match the byte-order mark");
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  /**
   * True when the text reads as Arabic: most non-ASCII characters are Arabic letters, and they form
   * words of their own. Latin-1 text decoded as Windows-1256 also yields Arabic letters (ä → ن, ß → ك)
   * but glued inside Latin words ("Grüكe"), which real Arabic text almost never shows.
   */
  static boolean readsAsArabic(String text) {
    int arabic = 0;
    int other = 0;
    int gluedToLatin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || Character.isWhitespace(c) || c == '\u00A0') {
        continue;
      }
      if (isArabicLetterOrMark(c)) {
        arabic++;
        if (isAsciiLetterAt(text, i - 1) || isAsciiLetterAt(text, i + 1)) {
          gluedToLatin++;
        }
      } else {
        other++;
      }
    }
    return arabic > 0
        && arabic >= MIN_ARABIC_SHARE * (arabic + other)
        && gluedToLatin <= MAX_GLUED_SHARE * arabic;
  }

  private static boolean isAsciiLetterAt(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Arabic letters, harakat, tatweel and Arabic punctuation; not the Persian letters of the upper range. */
  private static boolean isArabicLetterOrMark(char c) {
    return (c >= '\u0621' && c <= '\u0652') || c == '\u060C' || c == '\u061B' || c == '\u061F';
  }

  /** Rejects text with many control characters: binary data that happens to decode. */
  private static String checkNotBinary(String text) throws BadInputException {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > Math.max(2, text.length() / 100)) {
      throw new BadInputException("binary content", controls + " control characters");
    }
    return text;
  }

  private static int firstMalformedOffset(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
