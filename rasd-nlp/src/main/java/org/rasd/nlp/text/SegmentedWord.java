package org.rasd.nlp.text;

/**
 * A word of annotated data with its gold clitic cut, in segmentation form (see {@link NormalizedWord}).
 *
 * @param word the whole folded word as written
 * @param prefixLetters how many leading letters are proclitics (each proclitic is one letter)
 * @param suffixLength length of the pronoun enclitic at the end, 0 for none
 */
public record SegmentedWord(String word, int prefixLetters, int suffixLength) {}
