package org.rasd.nlp.ner;

import java.util.Arrays;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Turns a sentence's words into hashed feature ids, one array per word. Features: normalised word
 * and its clitic-free stem, the clitics themselves, stem prefixes and word suffixes of 1–3 letters,
 * word shape, neighbours within two words, quote context (names in this genre sit in
 * quotes), gazetteer membership of the word and its neighbours, whether they open or close a list
 * entry ({@link NameWords}), and what the training data says about the stems of the word and its
 * neighbours ({@link EntityLexicon}).
 *
 * <p>Features are hashed into {@code 2^bits} buckets without building strings, so tagging allocates
 * little beyond the per-word normal forms.
 */
public final class FeatureExtractor {

  private static final String BOUNDARY = "<s>";
  private static final int MAX_FEATURES = 96;

  private final Gazetteer gazetteer;
  private final EntityLexicon lexicon;
  private final int mask;
  private final NameWords nameWords;

  public FeatureExtractor(Gazetteer gazetteer, EntityLexicon lexicon, int hashBits) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.mask = (1 << hashBits) - 1;
    this.nameWords = new NameWords(gazetteer);
  }

  /** Feature ids for each word of a sentence. */
  public int[][] extract(String[] words) {
    int n = words.length;
    String[] norm = new String[n];
    String[] stem = new String[n];
    String[] shape = new String[n];
    boolean[] quote = new boolean[n];
    for (int i = 0; i < n; i++) {
      norm[i] = ArabicNormalizer.normalize(words[i]);
      stem[i] = Proclitics.featureStem(norm[i]);
      shape[i] = shape(norm[i]);
      quote[i] = isQuote(norm[i]);
    }
    int[] gaz = gazetteer.mark(norm);
    int[] nameWord = new int[n];
    for (int i = 0; i < n; i++) {
      nameWord[i] = nameWords.of(NameWords.key(stem[i]));
    }
    int[][] out = new int[n][];
    int[] buf = new int[MAX_FEATURES];
    boolean inQuotes = false;
    for (int i = 0; i < n; i++) {
      if (quote[i]) {
        inQuotes = !inQuotes;
      }
      int k = 0;
      String w = norm[i];
      String s = stem[i];
      buf[k++] = hash(0, "");
      buf[k++] = hash(1, w);
      buf[k++] = hash(2, s);
      buf[k++] = hash(3, Proclitics.featurePrefix(w));
      buf[k++] = hash(4, shape[i]);
      for (int len = 1; len <= 3; len++) {
        if (s.length() > len) {
          buf[k++] = hash(4 + len, s, 0, len);
        }
        if (w.length() > len) {
          buf[k++] = hash(7 + len, w, w.length() - len, w.length());
        }
      }
      String prev = i > 0 ? norm[i - 1] : BOUNDARY;
      String next = i + 1 < n ? norm[i + 1] : BOUNDARY;
      buf[k++] = hash(11, prev);
      buf[k++] = hash(12, next);
      buf[k++] = hash(13, i > 1 ? norm[i - 2] : BOUNDARY);
      buf[k++] = hash(14, i + 2 < n ? norm[i + 2] : BOUNDARY);
      buf[k++] = hash(15, i > 0 ? stem[i - 1] : BOUNDARY);
      buf[k++] = hash(16, i + 1 < n ? stem[i + 1] : BOUNDARY);
      int quoteContext =
          (inQuotes && !quote[i] ? 1 : 0)
              | (i > 0 && quote[i - 1] ? 2 : 0)
              | (i + 1 < n && quote[i + 1] ? 4 : 0);
      buf[k++] = hash(17, quoteContext);
      buf[k++] = hash(18, Math.min(s.length(), 8));
      k = addBits(buf, k, 19, gaz[i]);
      k = addBits(buf, k, 20, i > 0 ? gaz[i - 1] : 0);
      k = addBits(buf, k, 21, i + 1 < n ? gaz[i + 1] : 0);
      buf[k++] = hash(22, lexicon.code(s));
      buf[k++] = hash(23, i > 0 ? lexicon.code(stem[i - 1]) : -1);
      buf[k++] = hash(24, i + 1 < n ? lexicon.code(stem[i + 1]) : -1);
      k = addBits(buf, k, 25, nameWord[i]);
      k = addBits(buf, k, 26, i > 0 ? nameWord[i - 1] : 0);
      k = addBits(buf, k, 27, i + 1 < n ? nameWord[i + 1] : 0);
      out[i] = Arrays.copyOf(buf, k);
    }
    return out;
  }

  private int addBits(int[] buf, int k, int template, int bits) {
    for (int b = 0; bits != 0 && k < buf.length; b++, bits >>>= 1) {
      if ((bits & 1) != 0) {
        buf[k++] = hash(template, b);
      }
    }
    return k;
  }

  /** Letter class of a word: Arabic, Latin, digits, punctuation or mixed, plus a length class. */
  static String shape(String norm) {
    boolean arabic = false;
    boolean latin = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin = true;
      } else if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')) {
        arabic = true;
      } else {
        other = true;
      }
    }
    String kind = arabic ? (latin || digit ? "mixed" : "ar") : latin ? "lat" : digit ? "num" : other ? "punct" : "empty";
    return kind + (norm.length() <= 2 ? "S" : norm.length() <= 5 ? "M" : "L");
  }

  private static boolean isQuote(String norm) {
    return norm.equals("\"") || norm.equals("'");
  }

  private int hash(int template, int value) {
    return finish(mix(seed(template), value));
  }

  private int hash(int template, String s) {
    return hash(template, s, 0, s.length());
  }

  private int hash(int template, String s, int from, int to) {
    int h = seed(template);
    for (int i = from; i < to; i++) {
      h = mix(h, s.charAt(i));
    }
    return finish(h);
  }

  private static int seed(int template) {
    return mix(0x811C9DC5, template + 0x100);
  }

  private static int mix(int h, int c) {
    return (h ^ c) * 0x01000193;
  }

  /** Murmur3's finaliser spreads FNV's weak low bits over the mask. */
  private int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h & mask;
  }
}
