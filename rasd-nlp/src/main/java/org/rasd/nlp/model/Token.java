package org.rasd.nlp.model;

/**
 * One token.
 *
 * @param index position in the document's token list
 * @param start offset of the first character in the article text
 * @param end offset just past the last character
 * @param text the original characters, equal to {@code article.text().substring(start, end)}
 * @param norm the matching form (see {@link org.rasd.nlp.text.ArabicNormalizer})
 * @param kind coarse character class
 * @param segmentation clitic analysis; for non-Arabic tokens a whole-word segmentation
 */
public record Token(
    int index, int start, int end, String text, String norm, TokenKind kind, Segmentation segmentation)
    implements Span {}
