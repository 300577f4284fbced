package org.rasd.nlp.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.nlp.model.Segmentation;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.model.TokenKind;

class DocumentJsonWriterTest {

  private static final String TEXT = "قصف بالغوطة";

  private static AnnotatedDocument sample() {
    Article article = new Article("d1", null, "عنوان", "Orient Net", "2016-05", null, TEXT, "test");
    Token t0 = new Token(0, 0, 3, "قصف", "قصف", TokenKind.ARABIC,
        new Segmentation(List.of(), "قصف", List.of(), 0, 3));
    Token t1 = new Token(1, 4, 11, "بالغوطة", "بالغوطه", TokenKind.ARABIC,
        new Segmentation(List.of("ب", "ال"), "غوطة", List.of(), 7, 11));
    Geo geo = new Geo(33.5, 36.4, "REGION", List.of("Syria", "Rif Dimashq"), "SY", 2);
    Mention m = new Mention(5, 11, "الغوطة", "REGION", 0.91234, "tagger",
        new Resolution("place:sy:ghouta", "الغوطة", "Ghouta", 0.8, false, geo));
    return new AnnotatedDocument(article, List.of(new Sentence(0, 0, 11, 0, 2)), List.of(t0, t1), List.of(m));
  }

  @Test
  void writesOffsetsThatPointIntoTheOriginalText() throws Exception {
    StringWriter out = new StringWriter();
    new DocumentJsonWriter(false, true).write(sample(), out);
    JsonNode root = new ObjectMapper().readTree(out.toString());

    assertThat(out.toString()).doesNotContain("\n");
    assertThat(root.get("format").asInt()).isEqualTo(DocumentJsonWriter.FORMAT_VERSION);
    String text = root.at("/article/text").asText();
    assertThat(text).isEqualTo(TEXT);
    assertThat(root.at("/article/language").asText()).isEqualTo("ar");
    assertThat(root.at("/article/url").isNull()).isTrue();
    for (JsonNode tok : root.at("/sentences/0/tokens")) {
      assertThat(text.substring(tok.get("start").asInt(), tok.get("end").asInt()))
          .isEqualTo(tok.get("text").asText());
    }
    JsonNode seg = root.at("/sentences/0/tokens/1");
    assertThat(seg.get("prefixes").toString()).isEqualTo("[\"ب\",\"ال\"]");
    assertThat(seg.get("stem").asText()).isEqualTo("غوطة");
    assertThat(root.at("/sentences/0/tokens/0").has("stem")).isFalse();

    JsonNode mention = root.at("/mentions/0");
    assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
        .isEqualTo(mention.get("text").asText());
    assertThat(mention.get("confidence").asDouble()).isEqualTo(0.912);
    assertThat(mention.at("/entity/geo/precision").asInt()).isEqualTo(2);
    assertThat(mention.at("/entity/geo/hierarchy/1").asText()).isEqualTo("Rif Dimashq");
  }

  @Test
  void leavesTokensOutWhenAskedAndIndentsWhenPretty() throws Exception {
    StringWriter out = new StringWriter();
    new DocumentJsonWriter(true, false).write(sample(), out);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(out.toString()).contains("\n");
    assertThat(root.at("/sentences/0").has("tokens")).isFalse();
    assertThat(root.at("/sentences/0/text").asText()).isEqualTo(TEXT);
  }
}
