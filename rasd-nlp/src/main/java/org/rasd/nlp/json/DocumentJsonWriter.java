package org.rasd.nlp.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
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
