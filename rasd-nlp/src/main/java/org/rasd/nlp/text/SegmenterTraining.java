package org.rasd.nlp.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Builds the segmentation lexicon from annotated data and measures the segmenter against held-out
 * words. UD sentences are dealt round-robin into five folds: folds 0-2 train, fold 3 is the
 * development set (for tuning), fold 4 the test set (reported once).
 */
public final class SegmenterTraining {

  private SegmenterTraining() {}

  /** The three parts of a UD treebank. */
  public record Split(List<SegmentedWord> train, List<SegmentedWord> dev, List<SegmentedWord> test) {}

  public static Split split(List<List<SegmentedWord>> sentences) {
    List<SegmentedWord> train = new ArrayList<>();
    List<SegmentedWord> dev = new ArrayList<>();
    List<SegmentedWord> test = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      (i % 5 == 3 ? dev : i % 5 == 4 ? test : train).addAll(sentences.get(i));
    }
    return new Split(train, dev, test);
  }

  /** Where the sources of the shipped lexicon are, relative to the shared data directory. */
  public static final String PUD = "data/ud-arabic-pud/ar_pud-ud-test.conllu";

  public static final String NEWSFANE = "data/newsfane-gold/NewsFANE_Gold_2014_170K.txt";

  public static final List<String> OPENSYRIA =
      List.of(
          "data/syria-admin-opensyria/governorates.json",
          "data/syria-admin-opensyria/districts.json",
          "data/syria-admin-opensyria/subdistricts.json");

  public static final String GEONAMES = "data/geonames-cities500-mena/cities500-mena.tsv";

  private static final String HEADER =
      """
      Rasd clitic segmentation lexicon, built by `rasd train segmenter`.
      Sources: UD Arabic-PUD (CC BY-SA 3.0) word segmentations, all folds; NewsFANE Gold 2014 (CC BY-SA 3.0) stems;
      words of Arabic place names from OpenSyria data-geography (CC BY 4.0) and GeoNames cities500 (CC BY 4.0, geonames.org).
      Licence of this file: CC BY-SA 3.0. #stems: form<TAB>count; #words: form<TAB>prefixLetters*256+suffixLength.""";

  /**
   * Builds the lexicon shipped in {@link SegmentationLexicon#RESOURCE} from the shared data
   * directory and writes it (uncompressed) to {@code out}. Deterministic: same data, same bytes.
   */
  public static SegmentationLexicon buildShipped(Path shared, Writer out) throws IOException {
    List<SegmentedWord> words = UdSegmentationReader.read(shared.resolve(PUD)).stream().flatMap(List::stream).toList();
    SegmentationLexicon.Builder builder = builder(words, extraStems(shared));
    builder.write(out, HEADER);
    return builder.build();
  }

  /** Stems from outside UD: NewsFANE Gold words and the words of Arabic place names. */
  public static List<String> extraStems(Path shared) throws IOException {
    List<String> stems = new ArrayList<>(NewsFaneStemReader.read(shared.resolve(NEWSFANE)));
    for (String file : OPENSYRIA) {
      stems.addAll(GazetteerStemReader.readOpenSyria(shared.resolve(file)));
    }
    stems.addAll(GazetteerStemReader.readGeoNames(shared.resolve(GEONAMES)));
    return stems;
  }

  public static SegmentationLexicon.Builder builder(List<SegmentedWord> words, List<String> extraStems) {
    SegmentationLexicon.Builder builder = new SegmentationLexicon.Builder();
    words.forEach(w -> builder.add(w.word(), w.prefixLetters(), w.suffixLength()));
    extraStems.forEach(builder::addStem);
    return builder;
  }

  /**
   * Word accuracy of a cut function against gold words.
   *
   * @param words words scored
   * @param correct words whose proclitic and enclitic cut equals the gold one
   * @param unseen words absent from the training words
   * @param unseenCorrect unseen words cut correctly
   * @param clitic words with at least one gold clitic
   * @param cliticCorrect of those, cut correctly
   */
  public record Accuracy(int words, int correct, int unseen, int unseenCorrect, int clitic, int cliticCorrect) {
    public double overall() {
      return ratio(correct, words);
    }

    public double onUnseen() {
      return ratio(unseenCorrect, unseen);
    }

    public double onCliticWords() {
      return ratio(cliticCorrect, clitic);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /** A way to cut a normalised word, packed as in {@link SegmentationLexicon#knownCut}. */
  @FunctionalInterface
  public interface CutFunction {
    int cut(String word);
  }

  public static CutFunction cutsOf(CliticSegmenter segmenter) {
    return segmenter::chooseCut;
  }

  /**
   * Lucene's light stemmer (ArabicStemmer) read as a segmenter, for comparison: the stripped prefix
   * minus the article gives the proclitics, the stripped suffix the enclitic.
   */
  public static CutFunction luceneLightStemmerCuts() {
    ArabicStemmer stemmer = new ArabicStemmer();
    return word -> {
      char[] chars = word.replace('ة', 'ه').replace('ى', 'ي').toCharArray();
      int afterPrefix = stemmer.stemPrefix(chars, chars.length);
      int removed = chars.length - afterPrefix;
      String prefix = word.substring(0, removed);
      int prefixLetters = prefix.endsWith("ال") ? removed - 2 : prefix.equals("لل") ? 1 : removed;
      char[] rest = word.substring(removed).replace('ة', 'ه').replace('ى', 'ي').toCharArray();
      int suffixLength = rest.length - stemmer.stemSuffix(rest, rest.length);
      return SegmentationLexicon.packCut(prefixLetters, suffixLength);
    };
  }

  /**
   * Scores {@code cuts} on {@code gold}. UD leaves the future marker س inside the verb, so a س
   * proclitic is counted as part of the stem on both sides.
   */
  public static Accuracy evaluate(CutFunction cuts, List<SegmentedWord> gold, SegmentationLexicon seen) {
    int correct = 0;
    int unseen = 0;
    int unseenCorrect = 0;
    int clitic = 0;
    int cliticCorrect = 0;
    for (SegmentedWord w : gold) {
      int predicted = cuts.cut(w.word());
      int p = withoutFuture(w.word(), predicted >> 8);
      int s = predicted & 0xFF;
      int goldP = withoutFuture(w.word(), w.prefixLetters());
      boolean ok = p == goldP && s == w.suffixLength();
      boolean isUnseen = seen.knownCut(w.word()) < 0;
      boolean hasClitic = goldP > 0 || w.suffixLength() > 0;
      correct += ok ? 1 : 0;
      unseen += isUnseen ? 1 : 0;
      unseenCorrect += isUnseen && ok ? 1 : 0;
      clitic += hasClitic ? 1 : 0;
      cliticCorrect += hasClitic && ok ? 1 : 0;
    }
    return new Accuracy(gold.size(), correct, unseen, unseenCorrect, clitic, cliticCorrect);
  }

  private static int withoutFuture(String word, int prefixLetters) {
    return prefixLetters > 0 && word.charAt(prefixLetters - 1) == 'س' ? prefixLetters - 1 : prefixLetters;
  }
}
