package org.rasd.nlp.knowledge.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one actor data file: tab-separated, a header row, one actor a row (format in docs/kb.md).
 * A bad row is reported with its file and line and skipped; the rest of the file is read.
 */
final class ActorTsvReader {

  static final List<String> COLUMNS =
      List.of(
          "id", "type", "name_ar", "name_en", "aliases_ar", "aliases_en", "affiliations", "country",
          "relations", "provenance");

  static final Set<String> TYPES =
      Set.of("ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "MEDIA", "PERSON", "IGO", "NGO", "ORGANIZATION");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** What reading a file gave: the good records and one message per rejected row. */
  record Result(List<ActorRecord> records, List<String> errors) {}

  private ActorTsvReader() {}

  static Result read(String fileName, Reader input) throws IOException {
    List<ActorRecord> records = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(input)) {
      String header = in.readLine();
      if (header == null || !Arrays.asList(header.split("\t", -1)).equals(COLUMNS)) {
        errors.add(fileName + ":1: header must be the columns " + String.join(" TAB ", COLUMNS));
        return new Result(records, errors);
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          records.add(parse(line));
        } catch (IllegalArgumentException e) {
          errors.add(fileName + ":" + lineNo + ": " + e.getMessage());
        }
      }
    }
    return new Result(records, errors);
  }

  private static ActorRecord parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS.size()) {
      throw new IllegalArgumentException("expected " + COLUMNS.size() + " tab-separated columns, found " + f.length);
    }
    String id = f[0].trim();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id '" + id + "' must be a lower-case ASCII slug like jaysh-al-islam");
    }
    String type = f[1].trim();
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type '" + type + "' is not one of " + TYPES);
    }
    String nameAr = f[2].trim();
    String nameEn = f[3].trim();
    if (nameAr.isEmpty() || nameEn.isEmpty()) {
      throw new IllegalArgumentException("actor " + id + " needs both name_ar and name_en");
    }
    String country = f[7].trim();
    if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException("country '" + country + "' must be an ISO 3166-1 alpha-2 code");
    }
    String provenance = f[9].trim();
    if (provenance.isEmpty()) {
      throw new IllegalArgumentException("actor " + id + " has no provenance");
    }
    List<ActorRelation> relations = split(f[8], ";").stream().map(ActorRelation::parse).toList();
    return new ActorRecord(
        id, type, nameAr, nameEn, split(f[4], "|"), split(f[5], "|"), split(f[6], ","), country, relations,
        provenance);
  }

  private static List<String> split(String field, String separator) {
    return Arrays.stream(field.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
