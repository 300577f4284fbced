package org.rasd.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Builds the shipped NER model from {@code shared/data}: ANERcorp's training part (dev and test are
 * held out), ANERGazet and the Syrian place lists as gazetteer features. Hyper-parameters were
 * chosen on the dev part (docs/decisions/0002-ner-tagger.md); the seed makes the model reproducible.
 */
public final class NerTraining {

  public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
  public static final int HASH_BITS = 18;
  public static final int EPOCHS = 10;
  public static final long SEED = 20070101L;
  public static final float OUTSIDE_PENALTY = 4f;

  /** A place name seen this many times outside any entity in training is a common word, not a name. */
  private static final int COMMON_WORD_COUNT = 3;

  private NerTraining() {}

  public static AnerCorpus.Split corpus(Path dataDir) {
    return AnerCorpus.split(AnerCorpus.read(dataDir.resolve("anercorp/ANERCorp.txt")));
  }

  public static PerceptronModel train(Path dataDir) {
    AnerCorpus.Split split = corpus(dataDir);
    return train(split.train(), gazetteer(dataDir, split.train()));
  }

  public static PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer) {
    return new PerceptronTrainer(new BioLabels(TYPES), HASH_BITS, EPOCHS, SEED)
        .train(sentences, gazetteer)
        .withOutsidePenalty(OUTSIDE_PENALTY)
        .withCommonWords(commonWords(sentences));
  }

  /** ANERGazet's LOC, ORG, PERS lists plus Syrian CITY and TOWN names that are not common words. */
  public static Gazetteer gazetteer(Path dataDir, List<LabeledSentence> training) {
    Map<String, List<String>> lists = new TreeMap<>();
    Path anerGazet = dataDir.resolve("anercorp/ANERGazet");
    lists.put("LOC", Gazetteer.parseList(read(anerGazet.resolve("AlignedLocGazetteer.txt"))));
    lists.put("ORG", Gazetteer.parseList(read(anerGazet.resolve("AlignedOrgGazetteer.txt"))));
    lists.put("PERS", Gazetteer.parseList(read(anerGazet.resolve("AlignedPersGazetteer.txt"))));
    Map<String, Integer> outsideCounts = outsideCounts(training);
    SyrianPlaces.read(dataDir).forEach((type, names) -> lists.put(type, names.stream()
        .filter(name -> outsideCounts.getOrDefault(ArabicNormalizer.normalize(name), 0) < COMMON_WORD_COUNT)
        .toList()));
    return new Gazetteer(lists);
  }

  /** Words seen at least {@value #COMMON_WORD_COUNT} times, never inside an entity. */
  static Set<String> commonWords(List<LabeledSentence> sentences) {
    Map<String, Integer> outside = outsideCounts(sentences);
    Set<String> inEntities = new HashSet<>();
    for (LabeledSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (!s.labels().get(i).equals(BioLabels.OUTSIDE)) {
          inEntities.add(ArabicNormalizer.normalize(s.words().get(i)));
        }
      }
    }
    Set<String> common = new TreeSet<>();
    outside.forEach((word, count) -> {
      if (count >= COMMON_WORD_COUNT && !inEntities.contains(word)) {
        common.add(word);
      }
    });
    return common;
  }

  private static Map<String, Integer> outsideCounts(List<LabeledSentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabeledSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        if (s.labels().get(i).equals(BioLabels.OUTSIDE)) {
          counts.merge(ArabicNormalizer.normalize(s.words().get(i)), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }
}
