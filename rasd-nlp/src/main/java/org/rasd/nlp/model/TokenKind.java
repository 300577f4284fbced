package org.rasd.nlp.model;

/** Coarse class of a token, decided by its characters. */
public enum TokenKind {
  /** A run of Arabic letters (possibly with diacritics or tatweel). */
  ARABIC,
  /** A run of Latin letters. */
  LATIN,
  /** Digits, Western or Arabic-Indic, possibly with internal separators (2013, 3.5, ٢٠١٣). */
  NUMBER,
  /** Punctuation and quote marks, one character each. */
  PUNCT,
  /** Anything else (symbols, emoji, other scripts). */
  OTHER
}
