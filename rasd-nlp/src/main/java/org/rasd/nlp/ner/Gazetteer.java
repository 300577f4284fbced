package org.rasd.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Multi-word name lists, one per type, matched on normalised words. A word may match by its full
 * form or by its proclitic-free stem form with the article kept (وبالغوطة matches الغوطة).
 */
public final class Gazetteer {

  /** Entries per type as given (normalised, space-separated words), sorted for stable output. */
  private final Map<String, List<String>> entries;

  private final List<String> types;
  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    int typeMask;
  }

  public Gazetteer(Map<String, List<String>> entriesByType) {
    this.entries = new TreeMap<>();
    entriesByType.forEach((type, list) -> entries.put(type, List.copyOf(list)));
    this.types = List.copyOf(entries.keySet());
    if (types.size() > 15) {
      throw new IllegalArgumentException("at most 15 gazetteer types, got " + types);
    }
    for (int t = 0; t < types.size(); t++) {
      for (String entry : entries.get(types.get(t))) {
        add(ArabicNormalizer.normalize(entry).strip(), t);
      }
    }
  }

  private void add(String entry, int type) {
    if (entry.isEmpty()) {
      return;
    }
    Node node = root;
    for (String word : entry.split("\\s+")) {
      node = node.next.computeIfAbsent(word, w -> new Node());
    }
    node.typeMask |= 1 << type;
  }

  public Map<String, List<String>> entries() {
    return entries;
  }

  public List<String> types() {
    return types;
  }

  /**
   * For each word, bits {@code 2*type} (word begins a match of that type) and {@code 2*type + 1}
   * (word continues one), using the longest match per type at each start.
   */
  public int[] mark(String[] norms) {
    int[] marks = new int[norms.length];
    for (int start = 0; start < norms.length; start++) {
      Node node = firstNode(norms[start]);
      if (node == null) {
        continue;
      }
      int[] longest = new int[types.size()];
      for (int end = start + 1; node != null; end++) {
        for (int t = 0; t < types.size(); t++) {
          if ((node.typeMask & (1 << t)) != 0) {
            longest[t] = end;
          }
        }
        node = end < norms.length ? node.next.get(norms[end]) : null;
      }
      for (int t = 0; t < types.size(); t++) {
        if (longest[t] > 0) {
          marks[start] |= 1 << (2 * t);
          for (int i = start + 1; i < longest[t]; i++) {
            marks[i] |= 1 << (2 * t + 1);
          }
        }
      }
    }
    return marks;
  }

  /** The trie node of a name's first word: as written, without clitics, or without one or two proclitic letters. */
  private Node firstNode(String norm) {
    Node node = root.next.get(norm);
    if (node == null) {
      node = root.next.get(withoutProclitics(norm));
    }
    for (int cut = 1; node == null && cut <= 2 && norm.length() - cut >= 3; cut++) {
      if ("وفبكل".indexOf(norm.charAt(cut - 1)) < 0) {
        break;
      }
      node = root.next.get(norm.substring(cut));
    }
    return node;
  }

  /** وبالغوطة → الغوطة, وحلب → حلب: the form under which a name sits in the lists. */
  private static String withoutProclitics(String norm) {
    String prefix = Proclitics.featurePrefix(norm);
    if (prefix.endsWith("ال")) {
      return norm.substring(prefix.length() - 2);
    }
    if (prefix.endsWith("لل")) {
      return "ال" + norm.substring(prefix.length());
    }
    return norm.substring(prefix.length());
  }

  /** True when some entry starts with this normalised word. */
  public boolean startsEntry(String norm) {
    return root.next.containsKey(norm);
  }

  /** A longest match: words [start, end) name an entry of each type in {@code typeMask}. */
  public record Match(int start, int end, int typeMask) {

    /** The first type (in {@link #types()} order) of the match. */
    public int firstType() {
      return Integer.numberOfTrailingZeros(typeMask);
    }
  }

  /** Longest matches, left to right, not overlapping. */
  public List<Match> find(String[] norms) {
    List<Match> out = new ArrayList<>();
    for (int start = 0; start < norms.length; ) {
      Node node = firstNode(norms[start]);
      int bestEnd = -1;
      int bestMask = 0;
      for (int end = start + 1; node != null; end++) {
        if (node.typeMask != 0) {
          bestEnd = end;
          bestMask = node.typeMask;
        }
        node = end < norms.length ? node.next.get(norms[end]) : null;
      }
      if (bestEnd > 0) {
        out.add(new Match(start, bestEnd, bestMask));
        start = bestEnd;
      } else {
        start++;
      }
    }
    return out;
  }

  /** Reads ANERGazet-style lists: one name per line, {@code ====}/{@code ****} lines separate alias groups. */
  public static List<String> parseList(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("====") && !name.startsWith("****") && !name.startsWith("#")) {
        out.add(name);
      }
    }
    return out;
  }
}
