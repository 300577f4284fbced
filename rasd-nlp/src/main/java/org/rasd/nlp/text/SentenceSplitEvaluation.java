package org.rasd.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Sentence;

/**
 * Scores sentence splitting on a CoNLL-U treebank: the {@code # text} sentences of each document
 * are joined with single spaces into one paragraph, and the splitter's sentence ends inside the
 * paragraph are compared with the gold ends.
 */
public final class SentenceSplitEvaluation {

  private SentenceSplitEvaluation() {}

  /**
   * @param paragraphs documents scored
   * @param goldBoundaries sentence ends inside paragraphs in the gold data
   * @param predictedBoundaries sentence ends inside paragraphs found by the splitter
   * @param correct predicted ends that are gold ends
   */
  public record Result(int paragraphs, int goldBoundaries, int predictedBoundaries, int correct) {
    public double precision() {
      return predictedBoundaries == 0 ? 0 : (double) correct / predictedBoundaries;
    }

    public double recall() {
      return goldBoundaries == 0 ? 0 : (double) correct / goldBoundaries;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Result evaluate(Path conllu, TextAnalyzer analyzer) throws IOException {
    int paragraphs = 0;
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    for (List<String> document : documents(conllu)) {
      String text = String.join(" ", document);
      Set<Integer> goldEnds = new HashSet<>();
      int offset = 0;
      for (int i = 0; i < document.size() - 1; i++) {
        offset += document.get(i).length();
        goldEnds.add(offset);
        offset++;
      }
      paragraphs++;
      gold += goldEnds.size();
      List<Sentence> sentences = analyzer.analyze(Article.ofText("eval", text, conllu.toString())).sentences();
      for (int i = 0; i < sentences.size() - 1; i++) {
        predicted++;
        correct += goldEnds.contains(sentences.get(i).end()) ? 1 : 0;
      }
    }
    return new Result(paragraphs, gold, predicted, correct);
  }

  /** The {@code # text} lines, grouped by {@code # newdoc id}, in file order. */
  private static List<List<String>> documents(Path conllu) throws IOException {
    List<List<String>> documents = new ArrayList<>();
    String currentId = null;
    try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("# newdoc id = ")) {
          String id = line.substring("# newdoc id = ".length()).strip();
          if (!id.equals(currentId)) {
            documents.add(new ArrayList<>());
            currentId = id;
          }
        } else if (line.startsWith("# text = ")) {
          if (documents.isEmpty()) {
            documents.add(new ArrayList<>());
          }
          documents.get(documents.size() - 1).add(line.substring("# text = ".length()).strip());
        }
      }
    }
    return documents;
  }
}
