package org.rasd.nlp.facts;

import org.rasd.nlp.model.Span;

/**
 * A trigger found in a text.
 *
 * @param start offset of the first character (of the whole word, proclitics included)
 * @param end offset just past the last character
 * @param text the original characters
 * @param entry the lexicon row that matched
 */
public record TriggerMatch(int start, int end, String text, TriggerEntry entry) implements Span {}
