package org.rasd.nlp.facts.time;

import org.rasd.nlp.model.Span;

/**
 * A time expression found in a text.
 *
 * @param start offset of the first character in the text given to the normaliser
 * @param end offset just past the last character
 * @param text the original characters
 * @param time its normalised value
 */
public record TimeExpression(int start, int end, String text, TimeValue time) implements Span {}
