package org.rasd.nlp.facts;

import org.rasd.nlp.model.Span;

/** A piece of article text that fills an event or relation slot: its characters and offsets. */
public record MentionRef(int start, int end, String text) implements Span {}
