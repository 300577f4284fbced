package org.rasd.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Segmentation;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Finds and types entity mentions sentence by sentence: the perceptron tagger proposes PERS, LOC,
 * ORG and MISC spans, {@link EntityTyper} refines their types, {@link MentionRules} adds quoted
 * names, numbered units and gazetteer names, and overlaps are resolved by priority then length.
 *
 * <p>Offsets point into the original text. A mention starts after proclitics but keeps the article:
 * in وبالغوطة it starts at ال; where the article is fused with ل (للدفاع) the whole word is kept.
 * Thread-safe: the model and lexicon are read-only after loading.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {

  /** The model resource built by {@code rasd train ner} and shipped with the code. */
  public static final String MODEL_RESOURCE = "ner-model.bin.gz";

  private static final String PROCLITIC_LETTERS = "وفبكل";

  /** Longest quote (in words) taken as one name when the tagger finds part of it. */
  private static final int MAX_QUOTE_AS_NAME = 4;

  /** Scale of the tagger's score margins in the logistic confidence. */
  private static final double MARGIN_SCALE = 4.0;

  private final PerceptronModel model;
  private final TypeLexicon lexicon;
  private final EntityTyper typer;
  private final MentionRules rules;

  public PerceptronEntityRecognizer(PerceptronModel model, TypeLexicon lexicon) {
    this.model = model;
    this.lexicon = lexicon;
    this.typer = new EntityTyper(lexicon, model.gazetteer());
    this.rules = new MentionRules(lexicon, model.gazetteer(), model.commonWords());
  }

  /** The recogniser with the shipped model and lexicon. */
  public static PerceptronEntityRecognizer load() {
    try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("NER model resource " + MODEL_RESOURCE + " missing; build it with 'rasd train ner'");
      }
      return new PerceptronEntityRecognizer(PerceptronModel.read(in), TypeLexicon.load());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model resource " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public AnnotatedDocument recognize(AnnotatedDocument document) {
    List<Mention> mentions = new ArrayList<>(document.mentions());
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = document.tokensOf(sentence);
      for (Candidate c : candidates(tokens)) {
        mentions.add(toMention(document.text(), tokens, c, this::isKnownWord));
      }
    }
    return document.withMentions(mentions);
  }

  /** Resolved candidates for one sentence, in text order. */
  List<Candidate> candidates(List<Token> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] norms = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = tokens.get(i).text();
      norms[i] = ArabicNormalizer.normalize(words[i]);
    }
    List<Candidate> proposed = new ArrayList<>(rules.find(norms));
    if (n > 0) {
      float[][] margins = new float[n][model.labels().size()];
      int[] labels = model.decode(model.features().extract(words), margins);
      List<int[]> quotes = MentionRules.quotes(norms);
      for (BioLabels.Chunk chunk : model.labels().chunks(labels)) {
        int[] quote = enclosingQuote(quotes, chunk);
        int start = quote == null ? chunk.start() : quote[0];
        int end = quote == null ? chunk.end() : quote[1];
        Candidate c = typer.type(norms, start, end, chunk.type(), confidence(labels, margins, chunk));
        if (c != null) {
          proposed.add(c);
        }
      }
    }
    return rules.withEndsOfRoads(norms, withInsideHeads(norms, resolve(proposed, n)));
  }

  /**
   * Extends a mention over a head noun just before it that belongs to the name (ريف + دمشق → ريف
   * دمشق, كتائب + أنصار الدين → كتائب أنصار الدين), taking the head's type; known names stay as listed.
   */
  private List<Candidate> withInsideHeads(String[] norms, List<Candidate> kept) {
    List<Candidate> out = new ArrayList<>(kept.size());
    int previousEnd = 0;
    for (Candidate c : kept) {
      int h = c.start() - 1;
      TypeLexicon.Head head = h >= previousEnd ? lexicon.head(norms[h]) : null;
      if (head != null && head.inside() && lexicon.nameType(norms, c.start(), c.end()) == null) {
        if (isPlace(head.type()) && isPlace(c.type())) {
          out.add(c); // ريف دمشق, مشفى جسر الشغور: a place named after the place inside it
        }
        c = new Candidate(h, c.end(), head.type(), c.confidence(), c.source(), c.priority());
      }
      out.add(c);
      previousEnd = c.end();
    }
    return out;
  }

  /**
   * The short quote around a tagged span, if any: names in this genre sit in quotes, so a tagger hit
   * inside “سيوف النصر” stands for the whole quoted name.
   */
  private static int[] enclosingQuote(List<int[]> quotes, BioLabels.Chunk chunk) {
    for (int[] q : quotes) {
      if (q[0] <= chunk.start() && chunk.end() <= q[1] && q[1] - q[0] <= MAX_QUOTE_AS_NAME) {
        return q;
      }
    }
    return null;
  }

  /** Logistic of the smallest gap between a word's chosen label and its best alternative. */
  private static double confidence(int[] labels, float[][] margins, BioLabels.Chunk chunk) {
    double gap = Double.POSITIVE_INFINITY;
    for (int i = chunk.start(); i < chunk.end(); i++) {
      float chosen = margins[i][labels[i]];
      float rival = Float.NEGATIVE_INFINITY;
      for (int l = 0; l < margins[i].length; l++) {
        if (l != labels[i]) {
          rival = Math.max(rival, margins[i][l]);
        }
      }
      gap = Math.min(gap, chosen - rival);
    }
    return 1.0 / (1.0 + Math.exp(-gap / MARGIN_SCALE));
  }

  /** Keeps the best candidates that do not overlap: higher priority first, then longer spans. */
  private static List<Candidate> resolve(List<Candidate> proposed, int words) {
    proposed.sort(Comparator.comparingInt(Candidate::priority).reversed()
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
        .thenComparingInt(Candidate::start));
    boolean[] taken = new boolean[words];
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : proposed) {
      if (c.end() > c.start() && isFree(taken, c)) {
        Arrays.fill(taken, c.start(), c.end(), true);
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  private static boolean isFree(boolean[] taken, Candidate c) {
    for (int i = c.start(); i < c.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static Mention toMention(String text, List<Token> tokens, Candidate c, Predicate<String> known) {
    Token first = tokens.get(c.start());
    int start = first.start() + (c.afterConjunction() ? conjunctionLength(first) : procliticLength(first, known));
    int end = tokens.get(c.end() - 1).end();
    return new Mention(start, end, text.substring(start, end), c.type(), c.confidence(), c.source(), null);
  }

  private static boolean isPlace(String type) {
    return switch (type) {
      case "COUNTRY", "REGION", "CITY", "TOWN", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION" -> true;
      default -> false;
    };
  }

  /** A word a proclitic may be cut from: a known name's first word, a place, a head noun. */
  private boolean isKnownWord(String norm) {
    return lexicon.isKnownWord(norm) || model.gazetteer().startsEntry(norm);
  }

  /**
   * Characters of the token before the mention proper: the proclitics before an article
   * (وبالغوطة), those the text layer's segmentation found before an article-less stem (بدمشق), or
   * one or two proclitic letters before a known word (ودرعا, بريف).
   */
  static int procliticLength(Token token, Predicate<String> known) {
    String original = token.text();
    String norm = ArabicNormalizer.normalize(original);
    int letters = Proclitics.lettersBeforeArticle(norm);
    if (letters > 0) {
      return charsForLetters(original, letters);
    }
    Segmentation seg = token.segmentation();
    if (seg != null && !seg.prefixes().isEmpty() && !seg.hasArticle()
        && seg.prefixes().stream().allMatch(p -> p.length() == 1 && PROCLITIC_LETTERS.indexOf(p.charAt(0)) >= 0)
        && seg.stemStart() > token.start() && seg.stemStart() < token.end()) {
      return seg.stemStart() - token.start();
    }
    for (int cut = 1; cut <= 2 && norm.length() - cut >= 3; cut++) {
      if (PROCLITIC_LETTERS.indexOf(norm.charAt(cut - 1)) < 0) {
        break;
      }
      if (!known.test(norm) && known.test(norm.substring(cut))) {
        return charsForLetters(original, cut);
      }
    }
    return 0;
  }

  /** The conjunction و and, when it follows, the proclitics before an article (وبالجميلة → الجميلة). */
  private static int conjunctionLength(Token token) {
    String norm = ArabicNormalizer.normalize(token.text());
    return charsForLetters(token.text(), Math.max(1, Proclitics.lettersBeforeArticle(norm)));
  }

  /** Original characters spanning the first {@code letters} normalised letters (diacritics ride along). */
  private static int charsForLetters(String original, int letters) {
    int seen = 0;
    for (int i = 0; i < original.length(); i++) {
      if (!ArabicNormalizer.normalize(original.substring(i, i + 1)).isEmpty()) {
        if (seen == letters) {
          return i;
        }
        seen++;
      }
    }
    return 0;
  }
}
