package org.rasd.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clitic segmentation of Arabic words from a Universal Dependencies CoNLL-U file. UD
 * Arabic writes each clitic as a syntactic word of its own and marks the pieces of one written word
 * with {@code SpaceAfter=No} (ل + لسلطة for للسلطة, نشرت + ها for نشرتها); the article stays in the
 * stem. Returns one list of words per sentence, in file order.
 */
public final class UdSegmentationReader {

  private UdSegmentationReader() {}

  public static List<List<SegmentedWord>> read(Path conllu) throws IOException {
    List<List<SegmentedWord>> sentences = new ArrayList<>();
    List<SegmentedWord> current = new ArrayList<>();
    List<String> pieces = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          flush(pieces, current);
          if (!current.isEmpty()) {
            sentences.add(current);
            current = new ArrayList<>();
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
          throw new IOException(conllu + ":" + lineNo + ": expected 10 tab-separated columns, found " + cols.length);
        }
        if (cols[0].contains("-") || cols[0].contains(".")) {
          continue; // multiword ranges and empty nodes
        }
        String form = NormalizedWord.fold(cols[1]);
        if (!isArabicWord(form)) {
          flush(pieces, current);
          continue;
        }
        pieces.add(form);
        if (!cols[9].contains("SpaceAfter=No")) {
          flush(pieces, current);
        }
      }
    }
    flush(pieces, current);
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /** Turns the pieces of one written word into a segmented word: one-letter proclitics, stem, rest. */
  private static void flush(List<String> pieces, List<SegmentedWord> out) {
    if (pieces.isEmpty()) {
      return;
    }
    int stem = 0;
    while (stem < pieces.size() - 1 && pieces.get(stem).length() == 1) {
      stem++;
    }
    StringBuilder word = new StringBuilder();
    int suffixLength = 0;
    for (int i = 0; i < pieces.size(); i++) {
      word.append(pieces.get(i));
      if (i > stem) {
        suffixLength += pieces.get(i).length();
      }
    }
    out.add(new SegmentedWord(word.toString(), stem, suffixLength));
    pieces.clear();
  }

  private static boolean isArabicWord(String form) {
    if (form.isEmpty()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      if (!ArabicChars.isArabicLetter(form.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
