package org.rasd.nlp.ner;

/**
 * A proposed mention over words [start, end) of one sentence, before overlaps are resolved.
 *
 * @param priority higher wins an overlap; equal priorities prefer the longer span
 * @param afterConjunction the first word carries a conjunction و that is not part of the name
 */
record Candidate(
    int start, int end, String type, double confidence, String source, int priority, boolean afterConjunction) {

  Candidate(int start, int end, String type, double confidence, String source, int priority) {
    this(start, end, type, confidence, source, priority, false);
  }

  static final String TAGGER = "tagger";
  static final String RULE = "rule";
  static final String GAZETTEER = "gazetteer";
}
