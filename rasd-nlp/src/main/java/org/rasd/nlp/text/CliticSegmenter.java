package org.rasd.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.model.Segmentation;

/**
 * Cuts an Arabic word into proclitics (و ف, then ب ل ك or the future marker س, then the article ال,
 * which after ل is written fused as لل), a stem, and one pronoun enclitic (ه ها هم هما هن ك كم كما
 * كن ي ني نا). Every piece keeps its original characters and the stem its exact offsets.
 *
 * <p>The choice between the possible cuts is lexicon-aware: a word seen in the annotated training
 * data gets the cut it had there; otherwise the cut whose stem is most frequent wins, with a penalty
 * per clitic so that a known whole word (بلدة، لبنان، فيلق، وزارة، سوريا) is not cut into a rarer
 * stem; when no stem is known, only the article patterns (وال، بال، لل…) and a leading و are cut.
 * Immutable and thread-safe.
 */
public final class CliticSegmenter {

  /**
   * Log-count cost of each clitic cut. On the development fold of UD Arabic-PUD, 0.25 to 0.5 score
   * within two words of each other (0.98 word accuracy), 1.0 and 2.0 lower; the upper end keeps more
   * whole words on news outside that domain.
   */
  static final double CUT_PENALTY = 0.5;
  /** Extra cost of the enclitics ي and ك (my, your): rare in news, easily confused with word endings. */
  static final double RARE_ENCLITIC_PENALTY = 4.0;

  private static final String CONJUNCTIONS = "وف";
  private static final String PREPOSITIONS = "بلك";
  private static final char FUTURE = 'س';
  /** Letters that begin an imperfect verb, the only words the future marker س attaches to. */
  private static final String IMPERFECT_PREFIXES = "يتنا";
  private static final String[] ENCLITICS = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"};
  /**
   * Words that begin with ال without it being the article: relative pronouns, إلى and إلا without
   * hamza, and form VIII verbs of roots beginning with ل (التقى "met", التحق "joined").
   */
  private static final Set<String> NOT_ARTICLE =
      Set.of("الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي", "اللواتي", "اللائي",
          "الله", "اللهم", "الي", "الى", "الا", "الان", "التقى", "التقت", "التقوا", "التحق", "التحقت", "التحقوا",
          "التزم", "التزمت", "التزموا");

  private final SegmentationLexicon lexicon;

  public CliticSegmenter(SegmentationLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A segmenter with the lexicon shipped with Rasd. */
  public static CliticSegmenter standard() {
    return new CliticSegmenter(SegmentationLexicon.standard());
  }

  /** The segmentation of the Arabic word {@code text.substring(start, end)}. */
  public Segmentation segment(String text, int start, int end) {
    NormalizedWord w = new NormalizedWord(text, start, end);
    if (w.length() == 0) {
      return whole(text, start, end);
    }
    if (w.length() == 1 && isProclitic(w.charAt(0)) && hasTatweel(text, start, end)) {
      // a proclitic written apart with tatweel, as in لـ”أورينت نت”: all prefix, empty stem
      return new Segmentation(List.of(text.substring(start, end)), "", List.of(), end, end);
    }
    int cut = chooseCut(w.word());
    int prefixLetters = cut >> 8;
    int suffixStart = w.length() - (cut & 0xFF);
    List<Integer> prefixCuts = new ArrayList<>(3);
    for (int k = 1; k <= prefixLetters; k++) {
      prefixCuts.add(k);
    }
    int article = articleLength(w, prefixLetters, suffixStart);
    int stemStart = prefixLetters + article;
    if (article > 0) {
      prefixCuts.add(stemStart);
    }
    if (prefixCuts.isEmpty() && suffixStart == w.length()) {
      return whole(text, start, end);
    }
    List<String> prefixes = new ArrayList<>(prefixCuts.size());
    int from = 0;
    for (int to : prefixCuts) {
      prefixes.add(text.substring(w.offset(from), w.offset(to)));
      from = to;
    }
    int stemStartOffset = w.offset(stemStart);
    int stemEndOffset = w.offset(suffixStart);
    List<String> suffixes =
        suffixStart == w.length() ? List.of() : List.of(text.substring(stemEndOffset, end));
    return new Segmentation(
        prefixes, text.substring(stemStartOffset, stemEndOffset), suffixes, stemStartOffset, stemEndOffset);
  }

  /** The segmentation of a token that is not cut: for non-Arabic tokens and unsegmentable words. */
  public static Segmentation whole(String text, int start, int end) {
    return new Segmentation(List.of(), text.substring(start, end), List.of(), start, end);
  }

  /** The cut of a normalised word, packed as in {@link SegmentationLexicon#knownCut}. */
  int chooseCut(String word) {
    int known = lexicon.knownCut(word);
    if (known >= 0) {
      return known;
    }
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    int n = word.length();
    for (int p = 0; p <= maxPrefixLetters(word); p++) {
      for (int s = 0; s <= ENCLITICS.length; s++) {
        int suffixLength = s == ENCLITICS.length ? 0 : ENCLITICS[s].length();
        if (s < ENCLITICS.length && !word.endsWith(ENCLITICS[s])) {
          continue;
        }
        if (n - p - suffixLength < 2 || (suffixLength > 0 && word.startsWith("ال", p))) {
          continue; // stems have two letters at least; a definite noun takes no pronoun
        }
        int count = stemEvidence(word, p, n - suffixLength);
        if (count == 0) {
          continue;
        }
        int cuts = p + (suffixLength > 0 ? 1 : 0);
        double score = Math.log(count) - CUT_PENALTY * cuts;
        if (suffixLength == 1 && (word.charAt(n - 1) == 'ي' || word.charAt(n - 1) == 'ك')) {
          score -= RARE_ENCLITIC_PENALTY;
        }
        if (score > bestScore) {
          bestScore = score;
          best = SegmentationLexicon.packCut(p, suffixLength);
        }
      }
    }
    return best >= 0 ? best : SegmentationLexicon.packCut(unknownWordPrefixes(word), 0);
  }

  /** How many leading letters may be proclitics: و/ف, then ب/ل/ك or س before an imperfect verb. */
  private static int maxPrefixLetters(String word) {
    int p = 0;
    if (word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
      p = 1;
    }
    if (word.length() > p + 2) {
      char c = word.charAt(p);
      if (PREPOSITIONS.indexOf(c) >= 0
          || (c == FUTURE && IMPERFECT_PREFIXES.indexOf(word.charAt(p + 1)) >= 0)) {
        return p + 1;
      }
    }
    return p;
  }

  /**
   * Training evidence for the stem {@code word[from, to)}: its own count, plus the count of the
   * article form when ل+ل may be the fused article (للسلطة: stem لسلطة, seen as السلطة), plus the
   * count of the teh marbuta form before an enclitic (سيطرته: stem سيطرت, seen as سيطرة).
   */
  private int stemEvidence(String word, int from, int to) {
    String stem = word.substring(from, to);
    int count = lexicon.stemCount(stem);
    if (from > 0 && word.charAt(from - 1) == 'ل' && stem.charAt(0) == 'ل') {
      count += lexicon.stemCount("ا" + stem);
    }
    if (to < word.length() && stem.charAt(stem.length() - 1) == 'ت') {
      count += lexicon.stemCount(stem.substring(0, stem.length() - 1) + "ة");
    }
    return count;
  }

  /**
   * For words with no known stem: the proclitics in front of a visible article (وبالغوطة،
   * للميليشيات), else a conjunction و in front of three letters or more (وقلكي، وشلتاح: the villages
   * of a list), unless و is followed by ا و ي, as in transliterated names (واين، ويلر). Cutting ف ب ل
   * of unknown words too lowered word accuracy on the development fold.
   */
  private static int unknownWordPrefixes(String word) {
    int max = maxPrefixLetters(word);
    for (int p = max; p > 0; p--) {
      boolean article = word.startsWith("ال", p) && word.length() - p >= 4;
      boolean fused = word.charAt(p - 1) == 'ل' && word.startsWith("ل", p) && word.length() - p >= 3;
      if (article || fused) {
        return p;
      }
    }
    boolean conjunction = word.charAt(0) == 'و' && word.length() >= 4 && "اوي".indexOf(word.charAt(1)) < 0;
    return conjunction ? 1 : 0;
  }

  /**
   * Length of the article at the start of the stem: 2 for ال written out (with a plain or wasla
   * alef; أل is never the article), 1 for the fused ل after the preposition ل, 0 for none. A stem
   * whose own definite form is known (التزام, seen as الالتزام) begins with radical letters.
   */
  private int articleLength(NormalizedWord w, int stemStart, int stemEnd) {
    String word = w.word();
    if (stemEnd - stemStart >= 4
        && word.startsWith("ال", stemStart)
        && w.originalChar(stemStart) != 'أ'
        && w.originalChar(stemStart) != 'إ'
        && w.originalChar(stemStart) != 'آ') {
      String stem = word.substring(stemStart, stemEnd);
      return NOT_ARTICLE.contains(stem) || lexicon.stemCount("ال" + stem) > 0 ? 0 : 2;
    }
    if (stemStart > 0 && stemEnd - stemStart >= 3 && word.charAt(stemStart - 1) == 'ل' && word.charAt(stemStart) == 'ل') {
      String stem = word.substring(stemStart, stemEnd);
      return lexicon.stemCount("ا" + stem) >= lexicon.stemCount(stem) ? 1 : 0;
    }
    return 0;
  }

  private static boolean hasTatweel(String text, int start, int end) {
    int at = text.indexOf(ArabicChars.TATWEEL, start);
    return at >= 0 && at < end;
  }

  private static boolean isProclitic(char c) {
    return CONJUNCTIONS.indexOf(c) >= 0 || PREPOSITIONS.indexOf(c) >= 0;
  }
}
