package org.rasd.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/** Mentions to rows of {@link Schemas#MENTIONS} and back, resolution and place included. */
final class MentionRows {

  private MentionRows() {}

  static Row row(String docId, int ordinal, Mention m) {
    Resolution r = m.resolution();
    Geo geo = r == null ? null : r.geo();
    return RowFactory.create(docId, ordinal, m.start(), m.end(), m.text(), m.type(), m.confidence(), m.source(),
        r == null ? null : r.id(),
        r == null ? null : r.nameAr(),
        r == null ? null : r.nameEn(),
        r == null ? null : r.score(),
        r == null ? null : r.provisional(),
        geo == null ? null : geo.lat(),
        geo == null ? null : geo.lon(),
        geo == null ? null : geo.featureType(),
        geo == null ? null : geo.countryCode(),
        geo == null ? null : geo.precision(),
        geo == null ? null : geo.hierarchy().toArray(String[]::new),
        geo == null ? null : geo.region());
  }

  static Mention mention(Row r) {
    Resolution resolution = null;
    if (r.getAs("entity_id") != null) {
      Geo geo = r.getAs("lat") == null ? null : new Geo(r.<Double>getAs("lat"), r.<Double>getAs("lon"),
          r.getAs("feature_type"), r.getList(r.fieldIndex("hierarchy")), r.getAs("country_code"),
          r.<Integer>getAs("geo_precision"), r.getAs("region"));
      resolution = new Resolution(r.getAs("entity_id"), r.getAs("entity_name_ar"), r.getAs("entity_name_en"),
          r.<Double>getAs("link_score"), r.<Boolean>getAs("provisional"), geo);
    }
    return new Mention(r.<Integer>getAs("start"), r.<Integer>getAs("end"), r.getAs("text"), r.getAs("type"),
        r.<Double>getAs("confidence"), r.getAs("source"), resolution);
  }
}
