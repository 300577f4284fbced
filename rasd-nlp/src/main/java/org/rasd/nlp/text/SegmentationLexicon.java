package org.rasd.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * What the clitic segmenter knows from annotated text, all in segmentation form (see {@link NormalizedWord}): how
 * often each stem occurred (a stem here is a word without its proclitics and pronoun enclitics, the
 * article kept, as Universal Dependencies segments Arabic), and for words seen in training the
 * number of proclitic letters and enclitic characters they were cut into. Immutable once built.
 */
public final class SegmentationLexicon {

  /** Where the lexicon built by {@code rasd train segmenter} lives on the class path. */
  public static final String RESOURCE = "/org/rasd/nlp/text/segmentation-lexicon.tsv.gz";

  private static final String STEMS = "#stems";
  private static final String WORDS = "#words";

  private final Map<String, Integer> stemCounts;
  private final Map<String, Integer> knownCuts;

  private SegmentationLexicon(Map<String, Integer> stemCounts, Map<String, Integer> knownCuts) {
    this.stemCounts = stemCounts;
    this.knownCuts = knownCuts;
  }

  /** The lexicon shipped with Rasd, read once per JVM. */
  public static SegmentationLexicon standard() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final SegmentationLexicon INSTANCE = load();

    private static SegmentationLexicon load() {
      try (InputStream in = SegmentationLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("segmentation lexicon missing from the class path: " + RESOURCE);
        }
        return read(new GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read segmentation lexicon " + RESOURCE, e);
      }
    }
  }

  /** Occurrences of {@code stem} as a stem in the training data. */
  public int stemCount(String stem) {
    return stemCounts.getOrDefault(stem, 0);
  }

  /**
   * The cut seen most often for {@code word} in training, packed as {@code prefixLetters << 8 |
   * suffixLength}, or -1 when the word was not seen.
   */
  public int knownCut(String word) {
    return knownCuts.getOrDefault(word, -1);
  }

  public int stemEntries() {
    return stemCounts.size();
  }

  public int wordEntries() {
    return knownCuts.size();
  }

  static int packCut(int prefixLetters, int suffixLength) {
    return prefixLetters << 8 | suffixLength;
  }

  static SegmentationLexicon read(InputStream in) throws IOException {
    Map<String, Integer> stems = new HashMap<>();
    Map<String, Integer> cuts = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Integer> section = null;
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.equals(STEMS)) {
        section = stems;
      } else if (line.equals(WORDS)) {
        section = cuts;
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        int tab = line.indexOf('\t');
        if (section == null || tab <= 0) {
          throw new IOException("segmentation lexicon line " + lineNo + ": expected 'form<TAB>number' under #stems or #words");
        }
        section.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    }
    return new SegmentationLexicon(stems, cuts);
  }

  /** Collects counts while reading annotated data, then freezes them into a lexicon. */
  public static final class Builder {
    private final Map<String, Integer> stems = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> cutVotes = new HashMap<>();

    /** Records one annotated word: its normalised form cut into proclitic letters, stem, enclitic. */
    public Builder add(String word, int prefixLetters, int suffixLength) {
      String stem = word.substring(prefixLetters, word.length() - suffixLength);
      stems.merge(stem, 1, Integer::sum);
      cutVotes.computeIfAbsent(word, w -> new HashMap<>()).merge(packCut(prefixLetters, suffixLength), 1, Integer::sum);
      return this;
    }

    /** Records a stem seen without knowing the surface word it came from. */
    public Builder addStem(String stem) {
      stems.merge(stem, 1, Integer::sum);
      return this;
    }

    public SegmentationLexicon build() {
      Map<String, Integer> cuts = new HashMap<>();
      cutVotes.forEach((word, votes) -> cuts.put(word, mostVoted(votes)));
      return new SegmentationLexicon(new HashMap<>(stems), cuts);
    }

    /** Writes the lexicon in the resource format, sorted so that rebuilds give identical files. */
    public void write(Writer out, String header) throws IOException {
      SegmentationLexicon lexicon = build();
      for (String line : header.split("\n")) {
        out.write("# " + line + "\n");
      }
      out.write(STEMS + "\n");
      for (Map.Entry<String, Integer> e : new TreeMap<>(lexicon.stemCounts).entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      out.write(WORDS + "\n");
      for (Map.Entry<String, Integer> e : new TreeMap<>(lexicon.knownCuts).entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }

    private static int mostVoted(Map<Integer, Integer> votes) {
      int best = -1;
      int bestVotes = 0;
      for (Map.Entry<Integer, Integer> v : new TreeMap<>(votes).entrySet()) {
        if (v.getValue() > bestVotes) {
          best = v.getKey();
          bestVotes = v.getValue();
        }
      }
      return best;
    }
  }
}
