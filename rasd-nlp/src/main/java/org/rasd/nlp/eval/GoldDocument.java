package org.rasd.nlp.eval;

import java.util.List;

/**
 * A hand-made annotation of one article in the gold format of {@code shared/examples/*.gold.json}.
 *
 * @param id file name without {@code .gold.json}
 * @param source outlet name
 * @param title headline, or null when the excerpt has none
 * @param url page address, or null
 * @param publishedApprox publication date, possibly approximate ("2016-05"), or null
 */
public record GoldDocument(
    String id,
    String source,
    String title,
    String url,
    String publishedApprox,
    List<GoldEntity> entities,
    List<GoldEvent> events,
    List<GoldRelation> relations) {

  public GoldDocument {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }
}
