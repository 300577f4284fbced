package org.rasd.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Training sentences as the trainers see them: hashed feature ids per word and gold label indices.
 * The {@link EntityLexicon} features are jackknifed (each fold of consecutive sentences sees a lexicon
 * of the other folds), so the weights learn how far the lexicon holds on unseen text; the model keeps
 * the full one.
 */
record TrainingSet(List<int[][]> features, List<int[]> gold) {

  /** Training sentences get {@link EntityLexicon} features computed from the other folds only. */
  static final int LEXICON_FOLDS = 5;

  static TrainingSet of(List<LabeledSentence> sentences, Gazetteer gazetteer, BioLabels labels, int hashBits) {
    List<int[][]> features = new ArrayList<>(sentences.size());
    for (int fold = 0; fold < LEXICON_FOLDS; fold++) {
      int from = foldStart(fold, sentences.size());
      int to = foldStart(fold + 1, sentences.size());
      List<LabeledSentence> others = new ArrayList<>(sentences.subList(0, from));
      others.addAll(sentences.subList(to, sentences.size()));
      FeatureExtractor extractor = new FeatureExtractor(gazetteer, EntityLexicon.of(others, labels.types()), hashBits);
      for (LabeledSentence s : sentences.subList(from, to)) {
        features.add(extractor.extract(s.words().toArray(String[]::new)));
      }
    }
    List<int[]> gold = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      gold.add(s.labels().stream().mapToInt(labels::indexOf).toArray());
    }
    return new TrainingSet(features, gold);
  }

  private static int foldStart(int fold, int size) {
    return (int) ((long) fold * size / LEXICON_FOLDS);
  }
}
