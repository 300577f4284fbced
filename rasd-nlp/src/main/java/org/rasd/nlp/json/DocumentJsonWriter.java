package org.rasd.nlp.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;
import org.rasd.nlp.facts.time.TimeValue;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;

/**
 * Writes an {@link AnnotatedDocument} in Rasd's JSON output format (docs/format.md). Written field by
 * field rather than by reflection so the format stays stable when the records evolve.
 */
public final class DocumentJsonWriter {

  /** Bumped on any incompatible change of the output format. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final boolean pretty;
  private final boolean includeTokens;

  /**
   * @param pretty indent the output (one document per line when false, for JSON lines)
   * @param includeTokens write every token with its clitic analysis (large); sentences only otherwise
   */
  public DocumentJsonWriter(boolean pretty, boolean includeTokens) {
    this.pretty = pretty;
    this.includeTokens = includeTokens;
  }

  public void write(AnnotatedDocument doc, Writer out) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeNumberField("format", FORMAT_VERSION);
      writeArticle(g, doc.article());
      g.writeArrayFieldStart("sentences");
      for (Sentence s : doc.sentences()) {
        writeSentence(g, doc, s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mentions");
      for (Mention m : doc.mentions()) {
        writeMention(g, m);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (PredictedEvent e : doc.events()) {
        writeEvent(g, e);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("relations");
      for (PredictedRelation r : doc.relations()) {
        writeRelation(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeArticle(JsonGenerator g, Article a) throws IOException {
    g.writeObjectFieldStart("article");
    g.writeStringField("id", a.id());
    nullableString(g, "url", a.url());
    nullableString(g, "title", a.title());
    nullableString(g, "source", a.source());
    nullableString(g, "published", a.published());
    g.writeStringField("language", a.language());
    nullableString(g, "origin", a.origin());
    g.writeStringField("text", a.text());
    g.writeEndObject();
  }

  private void writeSentence(JsonGenerator g, AnnotatedDocument doc, Sentence s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", s.index());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", doc.text().substring(s.start(), s.end()));
    if (includeTokens) {
      g.writeArrayFieldStart("tokens");
      for (Token t : doc.tokensOf(s)) {
        writeToken(g, t);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeToken(JsonGenerator g, Token t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", t.index());
    g.writeNumberField("start", t.start());
    g.writeNumberField("end", t.end());
    g.writeStringField("text", t.text());
    g.writeStringField("norm", t.norm());
    g.writeStringField("kind", t.kind().name());
    if (t.segmentation() != null && !t.segmentation().isWhole()) {
      stringArray(g, "prefixes", t.segmentation().prefixes());
      g.writeStringField("stem", t.segmentation().stem());
      stringArray(g, "suffixes", t.segmentation().suffixes());
    }
    g.writeEndObject();
  }

  private static void writeMention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", m.start());
    g.writeNumberField("end", m.end());
    g.writeStringField("text", m.text());
    g.writeStringField("type", m.type());
    g.writeNumberField("confidence", round(m.confidence()));
    g.writeStringField("source", m.source());
    if (m.resolution() != null) {
      writeResolution(g, m.resolution());
    }
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, PredictedEvent e) throws IOException {
    g.writeStartObject();
    writeRef(g, "trigger", e.trigger());
    g.writeArrayFieldStart("acled");
    g.writeString(e.type().acledType());
    g.writeString(e.type().acledSubtype());
    g.writeEndArray();
    nullableString(g, "plover", e.type().plover());
    writeRefs(g, "actors", e.actors());
    writeRefs(g, "targets", e.targets());
    writeRefs(g, "locations", e.locations());
    writeTime(g, e.time());
    if (e.time() != null) {
      g.writeBooleanField("time_from_publication", e.timeFromPublication());
    }
    g.writeStringField("modality", e.modality());
    writeRef(g, "according_to", e.accordingTo());
    writeSentence(g, e.sentenceStart(), e.sentenceEnd());
    g.writeEndObject();
  }

  private static void writeRelation(JsonGenerator g, PredictedRelation r) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", r.type());
    writeRef(g, "from", r.from());
    writeRef(g, "to", r.to());
    writeTime(g, r.time());
    nullableString(g, "modality", r.modality());
    writeRef(g, "according_to", r.accordingTo());
    writeSentence(g, r.sentenceStart(), r.sentenceEnd());
    g.writeEndObject();
  }

  private static void writeRef(JsonGenerator g, String name, MentionRef ref) throws IOException {
    if (ref == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    refFields(g, ref);
    g.writeEndObject();
  }

  private static void writeRefs(JsonGenerator g, String name, List<MentionRef> refs) throws IOException {
    g.writeArrayFieldStart(name);
    for (MentionRef ref : refs) {
      g.writeStartObject();
      refFields(g, ref);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void refFields(JsonGenerator g, MentionRef ref) throws IOException {
    g.writeNumberField("start", ref.start());
    g.writeNumberField("end", ref.end());
    g.writeStringField("text", ref.text());
  }

  private static void writeTime(JsonGenerator g, TimeValue t) throws IOException {
    if (t == null) {
      g.writeNullField("time");
      return;
    }
    g.writeObjectFieldStart("time");
    g.writeStringField("value", t.value());
    g.writeStringField("precision", t.precision().name());
    nullableString(g, "qualifier", t.qualifier() == null ? null : t.qualifier().name());
    g.writeBooleanField("relative", t.relative());
    g.writeEndObject();
  }

  /** Provenance: the sentence that states the fact. */
  private static void writeSentence(JsonGenerator g, int start, int end) throws IOException {
    g.writeObjectFieldStart("sentence");
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeEndObject();
  }

  private static void writeResolution(JsonGenerator g, Resolution r) throws IOException {
    g.writeObjectFieldStart("entity");
    g.writeStringField("id", r.id());
    nullableString(g, "name_ar", r.nameAr());
    nullableString(g, "name_en", r.nameEn());
    g.writeNumberField("score", round(r.score()));
    g.writeBooleanField("provisional", r.provisional());
    Geo geo = r.geo();
    if (geo != null) {
      g.writeObjectFieldStart("geo");
      g.writeNumberField("lat", geo.lat());
      g.writeNumberField("lon", geo.lon());
      g.writeStringField("feature_type", geo.featureType());
      stringArray(g, "hierarchy", geo.hierarchy());
      nullableString(g, "country", geo.countryCode());
      g.writeNumberField("precision", geo.precision());
      if (geo.region() != null) {
        g.writeStringField("region", geo.region());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void stringArray(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void nullableString(JsonGenerator g, String name, String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
