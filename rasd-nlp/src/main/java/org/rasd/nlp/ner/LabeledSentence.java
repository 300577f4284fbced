package org.rasd.nlp.ner;

import java.util.List;

/** A sentence of words with one BIO label each: the unit of training and evaluation data. */
public record LabeledSentence(List<String> words, List<String> labels) {

  public LabeledSentence {
    words = List.copyOf(words);
    labels = List.copyOf(labels);
    if (words.size() != labels.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + labels.size() + " labels");
    }
  }

  public int size() {
    return words.size();
  }
}
