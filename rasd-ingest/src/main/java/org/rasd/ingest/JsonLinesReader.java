package org.rasd.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.rasd.nlp.model.Article;

/**
 * JSON lines, one article object per line: {@code {"id","url","title","published","source","text"}}
 * (plus optional {@code "language"}). A bad line is an error for that line only.
 */
final class JsonLinesReader implements ArticleReader {

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final SizeLimit limit;

  JsonLinesReader(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public void read(String location, InputStream in, IngestListener sink) throws IOException {
    LineReader lines = new LineReader(in, limit.maxBytes());
    int records = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String lineLocation = location + ":" + line.number();
      if (line.tooLong()) {
        sink.error(limit.tooLarge().at(lineLocation));
        records++;
        continue;
      }
      if (isBlank(line.bytes())) {
        continue;
      }
      records++;
      try {
        sink.article(parse(line.bytes(), lineLocation));
      } catch (BadInputException e) {
        sink.error(e.at(lineLocation));
      }
    }
    if (records == 0) {
      throw new BadInputException("no text", "JSON lines input with only blank lines");
    }
  }

  private Article parse(byte[] bytes, String origin) throws BadInputException {
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new BadInputException("bad JSON", e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInputException("bad JSON", e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadInputException("bad JSON", "line is not a JSON object");
    }
    String text = field(node, "text");
    if (text == null || text.isBlank()) {
      throw new BadInputException("no text", "missing or empty \"text\"");
    }
    String id = field(node, "id");
    String language = field(node, "language");
    return new Article(
        id == null || id.isBlank() ? ArticleIds.fromText(text) : id,
        field(node, "url"),
        field(node, "title"),
        field(node, "source"),
        Dates.normalize(field(node, "published")),
        language != null ? language : field(node, "lang"),
        text,
        origin);
  }

  /** A scalar field as text; null when missing or null; an error when it is an object or array. */
  private static String field(JsonNode node, String name) throws BadInputException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new BadInputException("bad JSON", "\"" + name + "\" must be a string");
    }
    return value.asText();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
