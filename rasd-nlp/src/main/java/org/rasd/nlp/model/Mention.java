package org.rasd.nlp.model;

/**
 * A named-entity mention: a span of text that names a person, group, place…
 *
 * @param start offset of the first character in the article text (after any proclitic: the
 *     mention in "بالغوطة" starts at "ال")
 * @param end offset just past the last character
 * @param text the original characters of the span
 * @param type entity type (PERSON, ARMED_GROUP, STATE_FORCES, GOVERNMENT, MEDIA, ORGANIZATION,
 *     COUNTRY, REGION, CITY, TOWN, NEIGHBOURHOOD, FACILITY, ROAD, LOCATION, MISC)
 * @param confidence the recogniser's confidence in [0, 1]
 * @param source which component produced it (e.g. "tagger", "gazetteer")
 * @param resolution the knowledge-base record it was resolved to, or null before linking
 */
public record Mention(
    int start, int end, String text, String type, double confidence, String source, Resolution resolution)
    implements Span {

  public Mention withResolution(Resolution r) {
    return new Mention(start, end, text, type, confidence, source, r);
  }

  public Mention withType(String newType) {
    return new Mention(start, end, text, newType, confidence, source, resolution);
  }
}
