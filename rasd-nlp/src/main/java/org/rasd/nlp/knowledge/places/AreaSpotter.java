package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds names of areas (countries, governorates, districts, subdistricts, regions) anywhere in a
 * text, whether or not the recogniser marked them, so that "النبك بالقلمون في ريف دمشق" can tell
 * which النبك is meant. Words are tried with and without a proclitic, in runs of one to three.
 *
 * <p>The area names' keys are held in a character trie that phrases are walked through straight
 * from the text: most words leave the trie after a character or two, so spotting a document costs
 * no string per phrase (building a key and hashing it for six phrases per word made spotting a
 * third of the geocoder's time; docs/decisions/0003-gazetteer.md).
 */
final class AreaSpotter {

  /** An area name found in the text. */
  record Spot(int start, int end, Place place) {}

  private static final int MAX_WORDS = 3;

  /** A trie node: sorted child labels, their nodes, and the areas whose key ends here (or null). */
  private static final class Node {
    char[] labels = new char[0];
    Node[] children = new Node[0];
    List<Place> areas;

    Node child(char c) {
      int i = Arrays.binarySearch(labels, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(labels, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      Node n = new Node();
      labels = insert(labels, at, c);
      Node[] grown = Arrays.copyOf(children, children.length + 1);
      System.arraycopy(children, at, grown, at + 1, children.length - at);
      grown[at] = n;
      children = grown;
      return n;
    }

    private static char[] insert(char[] a, int at, char c) {
      char[] grown = Arrays.copyOf(a, a.length + 1);
      System.arraycopy(a, at, grown, at + 1, a.length - at);
      grown[at] = c;
      return grown;
    }
  }

  private final Node root = new Node();
  /** The node of the article "ال", where "لل" read as "ال" goes on ("للغوطة"). */
  private final Node article;

  AreaSpotter(PlaceGazetteer gazetteer) {
    for (Place p : gazetteer.places()) {
      if (p.type().isArea()) {
        for (String name : p.names()) {
          String key = PlaceNames.key(name);
          if (key.length() < 3) {
            continue;
          }
          Node n = root;
          for (int i = 0; i < key.length(); i++) {
            n = n.childOrNew(key.charAt(i));
          }
          if (n.areas == null) {
            n.areas = new ArrayList<>(1);
          }
          if (!n.areas.contains(p)) {
            n.areas.add(p);
          }
        }
      }
    }
    article = walk(root, "ال", 0, 2);
  }

  List<Spot> spot(String text) {
    int[] bounds = wordBounds(text);
    int words = bounds.length / 2;
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      int start = bounds[2 * i];
      int firstEnd = bounds[2 * i + 1];
      // Every phrase from word i begins with word i: walk it once, and go on from there per phrase
      // length (most first words already leave the trie, and then no phrase from them is tried).
      Node asWritten = walk(root, text, start, firstEnd);
      FirstWord stripped = new FirstWord(text, start, firstEnd);
      for (int n = Math.min(MAX_WORDS, words - i); n >= 1; n--) {
        int end = bounds[2 * (i + n) - 1];
        if (add(spots, start, end, walk(asWritten, text, firstEnd, end))
            || stripped.addWithoutProclitic(spots, end)) {
          break;
        }
      }
    }
    return spots;
  }

  /**
   * The first word of the phrases starting at one word, read without a proclitic. How much is
   * stripped depends on the phrase's length (as in {@link PlaceMention#withoutProclitic}), but is
   * the same for most lengths, so the stripped word's trie node is kept for the next phrase.
   */
  private final class FirstWord {
    private final String text;
    private final int start;
    private final int end;
    /** The last way of stripping walked: where the rest of the word starts, and whether "لل" became "ال". */
    private int walkedFrom = -1;
    private boolean walkedAsArticle;
    private Node walked;

    FirstWord(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
    }

    /**
     * The phrase text[start, phraseEnd) without a proclitic, as {@link PlaceMention#withoutProclitic}
     * reads it (same conditions, on offsets instead of a copy), looked up if it differs.
     */
    boolean addWithoutProclitic(List<Spot> spots, int phraseEnd) {
      int from = start;
      if (phraseEnd - from > 3 && (text.charAt(from) == 'و' || text.charAt(from) == 'ف')) {
        from++;
      }
      if (text.startsWith("لل", from) && phraseEnd - from > 4) {
        return add(spots, from, phraseEnd, walk(rest(from + 2, true), text, end, phraseEnd)); // "للغوطة" → "الغوطة"
      }
      if (phraseEnd - from > 3 && (text.charAt(from) == 'ب' || text.charAt(from) == 'ل' || text.charAt(from) == 'ك')) {
        from++;
      }
      return from != start && add(spots, from, phraseEnd, walk(rest(from, false), text, end, phraseEnd));
    }

    /**
     * The node reached by the key of the word's rest from {@code from} on, after the article "ال"
     * when {@code asArticle}; walked again only when the way of stripping changes. Stripped letters
     * are letters of the word, so {@code from} never passes its end.
     */
    private Node rest(int from, boolean asArticle) {
      if (from != walkedFrom || asArticle != walkedAsArticle) {
        walked = walk(asArticle ? article : root, text, from, end);
        walkedFrom = from;
        walkedAsArticle = asArticle;
      }
      return walked;
    }
  }

  /**
   * Start and end offsets of the words, as [start0, end0, start1, end1…]: the maximal runs of
   * letters, marks, numbers and tatweel ([\p{L}\p{M}\p{N}ـ]+, code point by code point as the
   * regular expression read them; a loop, as spotting runs over every document's whole text).
   */
  static int[] wordBounds(String text) {
    int[] bounds = new int[16];
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      if (count + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[count++] = start;
      bounds[count++] = i;
    }
    return Arrays.copyOf(bounds, count);
  }

  /** {@link #wordChar} of every char, tabled: it is asked of every character of every document. */
  private static final boolean[] WORD_CHARS = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      WORD_CHARS[c] = wordChar(c);
    }
  }

  private static boolean isWordChar(int cp) {
    return cp <= Character.MAX_VALUE ? WORD_CHARS[cp] : wordChar(cp);
  }

  private static boolean wordChar(int cp) {
    if (cp == 'ـ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** When trie node {@code n} ends the key of an area name, adds its areas as spots over [start, end). */
  private static boolean add(List<Spot> spots, int start, int end, Node n) {
    if (n == null || n.areas == null) {
      return false;
    }
    for (Place a : n.areas) {
      spots.add(new Spot(start, end, a));
    }
    return true;
  }

  /** The node reached from {@code n} by the key of s[from, to), or null when no area key goes on so. */
  private static Node walk(Node n, String s, int from, int to) {
    for (int i = from; i < to && n != null; i++) {
      char k = PlaceNames.keyChar(s.charAt(i));
      if (k != 0) {
        n = n.child(k);
      }
    }
    return n;
  }
}
