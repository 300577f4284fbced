package org.rasd.nlp.model;

/**
 * One sentence (or headline, caption, dateline: any unit of text that stands on its own).
 *
 * @param index position in the document's sentence list
 * @param start offset of the first character in the article text
 * @param end offset just past the last character
 * @param firstToken index of the sentence's first token
 * @param tokenCount number of tokens in the sentence
 */
public record Sentence(int index, int start, int end, int firstToken, int tokenCount)
    implements Span {}
