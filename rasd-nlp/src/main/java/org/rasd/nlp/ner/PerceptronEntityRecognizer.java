package org.rasd.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
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
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {

  /** The model resource built by {@code rasd train ner} and shipped with the code. */
  public static final String MODEL_RESOURCE = "ner-model.bin.gz";

  /** Scale of the tagger's score margins in the logistic confidence. */
  private static final double MARGIN_SCALE = 4.0;

  private final PerceptronModel model;
  private final EntityTyper typer;
  private final MentionRules rules;

  public PerceptronEntityRecognizer(PerceptronModel model, TypeLexicon lexicon) {
    this.model = model;
    this.typer = new EntityTyper(lexicon, model.gazetteer());
    this.rules = new MentionRules(lexicon, model.gazetteer());
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
        mentions.add(toMention(document.text(), tokens, c));
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
      for (BioLabels.Chunk chunk : model.labels().chunks(labels)) {
        proposed.add(typer.type(norms, chunk.start(), chunk.end(), chunk.type(), confidence(labels, margins, chunk)));
      }
    }
    return resolve(proposed);
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

  private static List<Candidate> resolve(List<Candidate> proposed) {
    proposed.sort(Comparator.comparingInt(Candidate::priority).reversed()
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
        .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : proposed) {
      if (c.end() > c.start() && kept.stream().noneMatch(c::overlaps)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  private static Mention toMention(String text, List<Token> tokens, Candidate c) {
    Token first = tokens.get(c.start());
    int start = first.start() + procliticLength(first);
    int end = tokens.get(c.end() - 1).end();
    return new Mention(start, end, text.substring(start, end), c.type(), c.confidence(), c.source(), null);
  }

  /**
   * Characters of the token before the mention proper: the proclitics before an article
   * (وبالغوطة), or those the text layer's segmentation found before an article-less stem (بدمشق).
   */
  static int procliticLength(Token token) {
    String original = token.text();
    int letters = Proclitics.lettersBeforeArticle(ArabicNormalizer.normalize(original));
    if (letters > 0) {
      return charsForLetters(original, letters);
    }
    var seg = token.segmentation();
    if (seg != null && !seg.prefixes().isEmpty() && !seg.hasArticle()
        && seg.stemStart() > token.start() && seg.stemStart() < token.end()) {
      return seg.stemStart() - token.start();
    }
    return 0;
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
