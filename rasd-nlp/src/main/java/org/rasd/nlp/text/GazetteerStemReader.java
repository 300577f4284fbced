package org.rasd.nlp.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of Arabic place names, so that the segmenter knows the stems of the places news
 * about Syria names (بإدلب is ب + إدلب, بريف is ب + ريف): OpenSyria admin units ({@code name.ar}
 * and Arabic aliases, JSON) and GeoNames alternate names written in Arabic script (TSV, column 4).
 */
public final class GazetteerStemReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GazetteerStemReader() {}

  /** Words of the Arabic names and aliases in an OpenSyria admin-unit file. */
  public static List<String> readOpenSyria(Path file) throws IOException {
    List<String> words = new ArrayList<>();
    JsonNode units = JSON.readTree(file.toFile());
    if (!units.isArray()) {
      throw new IOException(file + ": expected a JSON array of admin units");
    }
    for (JsonNode unit : units) {
      addWords(unit.path("name").path("ar").asText(""), words);
      for (JsonNode alias : unit.path("aliases")) {
        if ("ar".equals(alias.path("language").asText())) {
          addWords(alias.path("value").asText(""), words);
        }
      }
    }
    return words;
  }

  /** Words of the Arabic-script alternate names in a GeoNames main-table file. */
  public static List<String> readGeoNames(Path file) throws IOException {
    List<String> words = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] cols = line.split("\t", -1);
        if (cols.length < 4) {
          throw new IOException(file + ":" + lineNo + ": expected GeoNames columns, found " + cols.length);
        }
        for (String name : cols[3].split(",")) {
          addWords(name, words);
        }
      }
    }
    return words;
  }

  /** Adds the words of {@code name} that are wholly Arabic letters, in segmentation form. */
  private static void addWords(String name, List<String> out) {
    for (String part : name.split("[\\s\\-–]+")) {
      String word = NormalizedWord.fold(part);
      if (word.length() >= 2 && isArabic(word)) {
        out.add(word);
      }
    }
  }

  private static boolean isArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!ArabicChars.isArabicLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
