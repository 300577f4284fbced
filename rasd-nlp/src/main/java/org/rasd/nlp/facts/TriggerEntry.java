package org.rasd.nlp.facts;

import java.util.List;

/**
 * One row of the trigger lexicon.
 *
 * @param pattern the lemma or phrase as written in the lexicon (original spelling)
 * @param partOfSpeech NOUN or VERB: how the first word inflects
 * @param words the phrase's words in normalised form (the first one carries the inflection)
 * @param type the event type the trigger signals by default
 * @param modalityHint the trigger's own modality lean (e.g. "planned"), or null
 * @param line line number in the lexicon file, for messages
 */
public record TriggerEntry(
    String pattern,
    String partOfSpeech,
    List<String> words,
    EventType type,
    String modalityHint,
    int line) {

  public TriggerEntry {
    words = List.copyOf(words);
  }
}
