package org.rasd.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Reads ANERcorp ({@code token TAG} per line, no sentence breaks) and splits it the Rasd way: cut
 * sentences after sentence-final punctuation, keep file order, the first 5/6 of tokens (to a
 * sentence boundary) are training data of which the last tenth is dev, the final 1/6 is test.
 */
public final class AnerCorpus {

  private static final Set<String> SENTENCE_FINAL = Set.of(".", "!", "?", "؟");

  /** The three parts of the corpus. */
  public record Split(List<LabeledSentence> train, List<LabeledSentence> dev, List<LabeledSentence> test) {

    /** The named part: "train", "dev" or "test". */
    public List<LabeledSentence> part(String name) {
      return switch (name) {
        case "train" -> train;
        case "dev" -> dev;
        case "test" -> test;
        default -> throw new IllegalArgumentException("unknown split '" + name + "' (train, dev, test)");
      };
    }
  }

  private AnerCorpus() {}

  /** The corpus file's sentences in file order; lines without a token are skipped. */
  public static List<LabeledSentence> read(Path file) {
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.stripTrailing();
        int cut = trimmed.lastIndexOf(' ');
        if (trimmed.isBlank()) {
          continue;
        }
        if (cut < 0) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'token TAG', got '" + line + "'");
        }
        String word = trimmed.substring(0, cut).strip();
        if (ArabicNormalizer.normalize(word).isBlank()) {
          continue; // a blank token or a lone right-to-left mark
        }
        words.add(word);
        labels.add(trimmed.substring(cut + 1).strip());
        if (SENTENCE_FINAL.contains(word)) {
          sentences.add(new LabeledSentence(words, labels));
          words.clear();
          labels.clear();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ANERcorp file " + file, e);
    }
    if (!words.isEmpty()) {
      sentences.add(new LabeledSentence(words, labels));
    }
    return sentences;
  }

  public static Split split(List<LabeledSentence> sentences) {
    int total = tokens(sentences);
    int trainEnd = boundaryAfter(sentences, total * 5L / 6);
    List<LabeledSentence> trainAndDev = sentences.subList(0, trainEnd);
    int devStart = boundaryAfter(sentences, tokens(trainAndDev) * 9L / 10);
    return new Split(
        List.copyOf(sentences.subList(0, devStart)),
        List.copyOf(sentences.subList(devStart, trainEnd)),
        List.copyOf(sentences.subList(trainEnd, sentences.size())));
  }

  public static int tokens(List<LabeledSentence> sentences) {
    int n = 0;
    for (LabeledSentence s : sentences) {
      n += s.size();
    }
    return n;
  }

  /** Index just past the first sentence whose end reaches {@code tokenTarget} tokens. */
  private static int boundaryAfter(List<LabeledSentence> sentences, long tokenTarget) {
    long seen = 0;
    for (int i = 0; i < sentences.size(); i++) {
      seen += sentences.get(i).size();
      if (seen >= tokenTarget) {
        return i + 1;
      }
    }
    return sentences.size();
  }
}
