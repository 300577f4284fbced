package org.rasd.nlp.ner;

/**
 * Strips Arabic proclitics (conjunction و ف, preposition ب ك ل, article ال) from a normalised word.
 * Two strengths: a greedy one for tagger features (a wrong cut only blurs a feature) and a strict
 * one for mention offsets (cut only where the article proves a prefix: وبالغوطة → الغوطة).
 */
public final class Proclitics {

  private Proclitics() {}

  /** The word without conjunction, preposition and article, e.g. وبالغوطة → غوطة, للدفاع → دفاع. */
  public static String featureStem(String norm) {
    int from = conjunctionLength(norm);
    if (norm.startsWith("لل", from) && norm.length() - from >= 4) {
      return norm.substring(from + 2);
    }
    if (isPreposition(norm, from) && norm.startsWith("ال", from + 1) && norm.length() - from >= 5) {
      from += 1;
    }
    if (norm.startsWith("ال", from) && norm.length() - from >= 4) {
      from += 2;
    }
    return norm.substring(from);
  }

  /** The clitic letters {@link #featureStem} removed, e.g. "وبال"; empty for a bare word. */
  public static String featurePrefix(String norm) {
    return norm.substring(0, norm.length() - featureStem(norm).length());
  }

  /**
   * Number of leading letters of a normalised word that belong to proclitics before the article:
   * 2 for وبالغوطة, 1 for بالغوطة, 0 for الغوطة, حلب, وحلب (no article to prove the cut) and للدفاع
   * (the article is fused with ل, so the mention keeps the whole word).
   */
  public static int lettersBeforeArticle(String norm) {
    int from = conjunctionLength(norm);
    if (isPreposition(norm, from) && norm.startsWith("ال", from + 1) && norm.length() - from >= 5) {
      from += 1;
    }
    return norm.startsWith("ال", from) && norm.length() - from >= 4 ? from : 0;
  }

  private static int conjunctionLength(String norm) {
    return norm.length() >= 4 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? 1 : 0;
  }

  private static boolean isPreposition(String norm, int at) {
    if (at >= norm.length()) {
      return false;
    }
    char c = norm.charAt(at);
    return c == 'ب' || c == 'ك' || c == 'ل';
  }
}
