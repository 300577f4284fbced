package org.rasd.nlp.text;

/** Finds URLs (http://, https://, www.) and e-mail addresses so each becomes one token. */
final class LinkScanner {

  private LinkScanner() {}

  /** End of the URL or e-mail address starting at {@code i}, or {@code i} when there is none. */
  static int linkEnd(String text, int i, int to) {
    char c = text.charAt(i);
    if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
      return i;
    }
    if (startsWithIgnoreCase(text, i, to, "http://")
        || startsWithIgnoreCase(text, i, to, "https://")
        || startsWithIgnoreCase(text, i, to, "www.")) {
      int j = i;
      while (j < to && isUrlChar(text.charAt(j))) {
        j++;
      }
      return trimTrailingPunctuation(text, i, j);
    }
    return emailEnd(text, i, to);
  }

  private static int emailEnd(String text, int i, int to) {
    int j = i;
    while (j < to && isLocalPartChar(text.charAt(j))) {
      j++;
    }
    if (j == i || j >= to || text.charAt(j) != '@') {
      return i;
    }
    int domainStart = ++j;
    while (j < to && (isAsciiLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      j++;
    }
    int end = trimTrailingPunctuation(text, domainStart, j);
    int lastDot = text.lastIndexOf('.', end - 1);
    boolean hasTld = lastDot > domainStart && lastDot < end - 1;
    return hasTld ? end : i;
  }

  private static int trimTrailingPunctuation(String text, int start, int end) {
    while (end > start && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** Printable ASCII except quotes and angle brackets: URLs in Arabic text end at a space or a quote. */
  private static boolean isUrlChar(char c) {
    return c > ' ' && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`';
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean startsWithIgnoreCase(String text, int i, int to, String prefix) {
    return to - i >= prefix.length() && text.regionMatches(true, i, prefix, 0, prefix.length());
  }
}
