package org.rasd.nlp.knowledge.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the indexed key nearest to a query key by edit distance, relative to the longer key's
 * length. Keys are bucketed by length so that only keys that could be close enough are compared.
 */
final class FuzzyKeyIndex {

  /** Keys shorter than this are never matched fuzzily: one edit changes their meaning. */
  static final int MIN_LENGTH = 5;

  record Near(String key, double ratio) {}

  /** A key and the set of its characters as a 64-bit mask, for a cheap lower bound on distance. */
  private record Entry(String key, long chars) {}

  /** The keys of each length, indexed by length (every search scans several lengths for each key tried). */
  private final Entry[][] byLength;

  FuzzyKeyIndex(Collection<String> keys) {
    Map<Integer, List<Entry>> lists = new HashMap<>();
    int longest = 0;
    for (String k : keys) {
      if (k.length() >= MIN_LENGTH) {
        lists.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(new Entry(k, charMask(k)));
        longest = Math.max(longest, k.length());
      }
    }
    byLength = new Entry[longest + 1][];
    for (int len = 0; len <= longest; len++) {
      byLength[len] = lists.getOrDefault(len, List.of()).toArray(new Entry[0]);
    }
  }

  /**
   * One bit per character (modulo 64). An edit adds or removes at most two characters from the
   * set, so keys whose masks differ in more than 2 × limit bits cannot be within limit edits.
   */
  static long charMask(String s) {
    long mask = 0;
    for (int i = 0; i < s.length(); i++) {
      mask |= 1L << (s.charAt(i) % 64);
    }
    return mask;
  }

  /** The nearest key whose distance / max length is at most maxRatio (ties: first found). */
  Optional<Near> nearest(String query, double maxRatio) {
    if (query.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    int maxEdits = (int) Math.floor(maxRatio * query.length() / (1 - Math.min(maxRatio, 0.5)));
    long queryMask = charMask(query);
    Near best = null;
    for (int len = Math.max(0, query.length() - maxEdits); len <= Math.min(byLength.length - 1, query.length() + maxEdits); len++) {
      for (Entry entry : byLength[len]) {
        String key = entry.key();
        int longer = Math.max(len, query.length());
        int limit = (int) Math.floor(maxRatio * longer);
        if (best != null) {
          limit = Math.min(limit, (int) Math.ceil(best.ratio() * longer) - 1);
        }
        if (limit < 0 || Long.bitCount(queryMask ^ entry.chars()) > 2 * limit) {
          continue;
        }
        int d = boundedDistance(query, key, limit);
        if (d <= limit) {
          double ratio = (double) d / longer;
          if (best == null || ratio < best.ratio()) {
            best = new Near(key, ratio);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, or limit + 1 as soon as it must exceed limit. */
  static int boundedDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
