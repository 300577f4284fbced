package org.rasd.nlp.eval;

/** A gold relation {@code from --type--> to}, ends verbatim from the text. */
public record GoldRelation(String type, String from, String to, String accordingTo, boolean optional) {}
