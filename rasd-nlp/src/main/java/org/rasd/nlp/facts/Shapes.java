package org.rasd.nlp.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Word-shape tests by regular expression (a proclitic ل, a future س…), each pattern compiled once:
 * {@link String#matches} would compile it on every call, which dominated the stage's run time.
 */
final class Shapes {

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Shapes() {}

  static boolean matches(String regex, CharSequence text) {
    return pattern(regex).matcher(text).matches();
  }

  static String replaceFirst(String text, String regex, String replacement) {
    return pattern(regex).matcher(text).replaceFirst(replacement);
  }

  private static Pattern pattern(String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile);
  }
}
