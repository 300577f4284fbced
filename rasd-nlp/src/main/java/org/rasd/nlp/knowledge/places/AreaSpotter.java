package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}ـ]+");
  private static final int MAX_WORDS = 3;
  private static final String ARTICLE = "ال";

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
  }

  List<Spot> spot(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        if (add(spots, text, start, "", start, end) || addWithoutProclitic(spots, text, start, end)) {
          break;
        }
      }
    }
    return spots;
  }

  /**
   * The phrase text[start, end) without a proclitic, as {@link PlaceMention#withoutProclitic}
   * reads it (same conditions, on offsets instead of a copy), looked up if it differs.
   */
  private boolean addWithoutProclitic(List<Spot> spots, String text, int start, int end) {
    int from = start;
    if (end - from > 3 && (text.charAt(from) == 'و' || text.charAt(from) == 'ف')) {
      from++;
    }
    if (text.startsWith("لل", from) && end - from > 4) {
      return add(spots, text, from, ARTICLE, from + 2, end); // "للغوطة" → "الغوطة"
    }
    if (end - from > 3 && (text.charAt(from) == 'ب' || text.charAt(from) == 'ل' || text.charAt(from) == 'ك')) {
      from++;
    }
    return from != start && add(spots, text, from, "", from, end);
  }

  /**
   * Looks up the key of {@code prefix + text[from, end)}; when it names areas, adds them as spots
   * over [spotStart, end).
   */
  private boolean add(List<Spot> spots, String text, int spotStart, String prefix, int from, int end) {
    Node n = walk(root, prefix, 0, prefix.length());
    n = walk(n, text, from, end);
    if (n == null || n.areas == null) {
      return false;
    }
    for (Place a : n.areas) {
      spots.add(new Spot(spotStart, end, a));
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
