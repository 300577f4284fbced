package org.rasd.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the search index's snippet (HTML-escaped text with {@code <mark>} around matches) into plain
 * text parts, so that no client ever has to treat article text as HTML.
 */
final class Snippet {

  /** One run of snippet text; {@code match} when it matched the search. */
  record Part(String text, boolean match) {}

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

  private Snippet() {}

  static List<Part> parts(String snippet) {
    List<Part> parts = new ArrayList<>();
    if (snippet == null) {
      return parts;
    }
    Matcher m = MARK.matcher(snippet);
    int at = 0;
    while (m.find()) {
      add(parts, snippet.substring(at, m.start()), false);
      add(parts, m.group(1), true);
      at = m.end();
    }
    add(parts, snippet.substring(at), false);
    return parts;
  }

  private static void add(List<Part> parts, String escaped, boolean match) {
    if (!escaped.isEmpty()) {
      parts.add(new Part(unescape(escaped), match));
    }
  }

  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String ch = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> new String(Character.toChars(e.charAt(1) == 'x'
            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(ch));
    }
    m.appendTail(out);
    return out.toString();
  }
}
