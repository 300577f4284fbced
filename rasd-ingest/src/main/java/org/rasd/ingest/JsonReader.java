package org.rasd.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.rasd.nlp.model.Article;

/**
 * Articles as JSON objects {@code {"id","url","title","published","source","text"}} (plus optional
 * {@code "language"}): JSON lines, one object per line, where a bad line is an error for that line
 * only; or one JSON document (an object, or an array of objects, possibly pretty-printed), streamed
 * element by element.
 */
final class JsonReader implements ArticleReader {

  private static final int SNIFF_BYTES = 4096;

  private final ObjectMapper json;
  /** For one line, which must hold exactly one value. */
  private final ObjectReader lineJson;
  private final SizeLimit limit;

  JsonReader(SizeLimit limit) {
    this.limit = limit;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limit.maxBytes()).build())
            .build();
    this.json = new ObjectMapper(factory);
    this.lineJson = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  public void read(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    if (isJsonDocument(in)) {
      readDocument(location, in, sink);
    } else {
      readLines(location, in, sink);
    }
  }

  /** A document when it opens an array, or when its first line is an unfinished value ("{"). */
  private boolean isJsonDocument(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (text.startsWith("[")) {
      return true;
    }
    int newline = text.indexOf('\n');
    if (newline < 0) {
      return false; // a single (or very long) first line: JSON lines
    }
    try {
      lineJson.readTree(text.substring(0, newline));
      return false;
    } catch (JsonEOFException unfinished) {
      return true;
    } catch (JsonProcessingException broken) {
      return false; // a bad first line, reported as such
    }
  }

  private void readLines(String location, BufferedInputStream in, IngestListener sink) throws IOException {
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
        sink.article(toArticle(parseLine(line.bytes()), lineLocation));
      } catch (BadInputException e) {
        sink.error(e.at(lineLocation));
      }
    }
    if (records == 0) {
      throw new BadInputException("no text", "JSON lines input with only blank lines");
    }
  }

  private JsonNode parseLine(byte[] bytes) throws BadInputException {
    try {
      return lineJson.readTree(bytes);
    } catch (IOException e) {
      throw badJson(e);
    }
  }

  /** Streams a document: an array yields one article per element, located by the element's line. */
  private void readDocument(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    try (JsonParser parser = json.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        sink.article(toArticle(parser.readValueAsTree(), location));
        return;
      }
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        if (token == null) {
          throw new BadInputException("bad JSON", "array not closed");
        }
        String elementLocation = location + ":" + parser.currentTokenLocation().getLineNr();
        JsonNode element = parser.readValueAsTree();
        try {
          sink.article(toArticle(element, elementLocation));
        } catch (BadInputException e) {
          sink.error(e.at(elementLocation));
        }
      }
    } catch (JsonProcessingException e) {
      throw badJson(e);
    }
  }

  private static BadInputException badJson(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return new BadInputException("too large", e.getMessage());
    }
    if (e instanceof JsonProcessingException p) {
      String where = p.getLocation() == null ? "" : " at line " + p.getLocation().getLineNr();
      return new BadInputException("bad JSON", p.getOriginalMessage() + where);
    }
    return new BadInputException("bad JSON", e.getMessage());
  }

  private static Article toArticle(JsonNode node, String origin) throws BadInputException {
    if (node == null || !node.isObject()) {
      throw new BadInputException("bad JSON", "not a JSON object");
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
