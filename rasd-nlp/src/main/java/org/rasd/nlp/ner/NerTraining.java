package org.rasd.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Builds the NER model from {@code shared/data}: ANERcorp (test always held out), ANERGazet, the
 * Syrian place lists and the Arabic PETRARCH actor dictionary as gazetteer features. Features and hyper-parameters were chosen with a model
 * trained on the train part and scored on dev (docs/decisions/0002-ner-tagger.md); the shipped model
 * then learns from train and dev with those settings. The seed makes the model reproducible.
 */
public final class NerTraining {

  public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
  public static final int HASH_BITS = 18;
  public static final int EPOCHS = 10;
  public static final long SEED = 20070101L;
  public static final float OUTSIDE_PENALTY = 4f;
  public static final int CRF_ITERATIONS = 200;
  /** The CRF's best L2 weight and O-penalty on CV5 (docs/decisions/0002); the CRF is not the shipped trainer. */
  public static final double CRF_L2 = 0.3;
  public static final float CRF_OUTSIDE_PENALTY = 0.25f;

  /** Which learner sets the weights; both give a {@link PerceptronModel} decoded the same way. */
  public enum Trainer { PERCEPTRON, CRF }

  /**
   * What to train with: the learner, the CRF's L2 weight (unused by the perceptron) and the O-penalty
   * applied at decoding ({@link PerceptronModel#withOutsidePenalty}).
   */
  public record Settings(Trainer trainer, double l2, float outsidePenalty) {
    /** The settings of the shipped model. */
    public static final Settings SHIPPED = new Settings(Trainer.PERCEPTRON, CRF_L2, OUTSIDE_PENALTY);
  }

  private static final String MISC_WORDS = "misc-words.txt";

  /** A place name seen this many times outside any entity in training is a common word, not a name. */
  private static final int COMMON_WORD_COUNT = 3;

  private NerTraining() {}

  public static AnerCorpus.Split corpus(Path dataDir) {
    return AnerCorpus.split(AnerCorpus.read(dataDir.resolve("anercorp/ANERCorp.txt")));
  }

  /** ANERcorp's train part, plus its dev part for the shipped model (settings were tuned without it). */
  public static List<LabeledSentence> trainingSentences(AnerCorpus.Split split, boolean withDev) {
    if (!withDev) {
      return split.train();
    }
    List<LabeledSentence> sentences = new ArrayList<>(split.train());
    sentences.addAll(split.dev());
    return sentences;
  }

  public static PerceptronModel train(Path dataDir, boolean withDev) {
    List<LabeledSentence> sentences = trainingSentences(corpus(dataDir), withDev);
    return train(sentences, gazetteer(dataDir, sentences));
  }

  public static PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer) {
    return train(sentences, gazetteer, Settings.SHIPPED);
  }

  public static PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer, Settings settings) {
    BioLabels labels = new BioLabels(TYPES);
    PerceptronModel model = switch (settings.trainer()) {
      case PERCEPTRON -> new PerceptronTrainer(labels, HASH_BITS, EPOCHS, SEED).train(sentences, gazetteer);
      case CRF -> new CrfTrainer(labels, HASH_BITS, settings.l2(), CRF_ITERATIONS).train(sentences, gazetteer);
    };
    return model.withOutsidePenalty(settings.outsidePenalty()).withCommonWords(commonWords(sentences));
  }

  /**
   * The two tuning measures of docs/decisions/0002: a model trained on the train part scored on dev, and
   * {@code folds}-fold cross-validation over train + dev (contiguous folds, pooled counts), for each
   * O-penalty in {@code penalties} (a decoding setting, so one training serves them all; the penalty in
   * {@code settings} is not used). Test is never read. Runs the trainings on {@code threads} threads; the
   * result does not depend on their number.
   */
  public static List<Tuning> tune(
      Path dataDir, AnerCorpus.Split split, int folds, int threads, Settings settings, List<Float> penalties) {
    Settings unpenalised = new Settings(settings.trainer(), settings.l2(), 0f);
    List<LabeledSentence> trainAndDev = trainingSentences(split, true);
    List<Callable<List<ChunkEvaluation>>> jobs = new ArrayList<>();
    jobs.add(() -> evaluate(train(split.train(), gazetteer(dataDir, split.train()), unpenalised), penalties, split.dev()));
    for (int fold = 0; fold < folds; fold++) {
      int from = (int) ((long) fold * trainAndDev.size() / folds);
      int to = (int) ((long) (fold + 1) * trainAndDev.size() / folds);
      List<LabeledSentence> rest = new ArrayList<>(trainAndDev.subList(0, from));
      rest.addAll(trainAndDev.subList(to, trainAndDev.size()));
      List<LabeledSentence> heldOut = trainAndDev.subList(from, to);
      jobs.add(() -> evaluate(train(rest, gazetteer(dataDir, rest), unpenalised), penalties, heldOut));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<ChunkEvaluation>> results = new ArrayList<>();
      for (Future<List<ChunkEvaluation>> f : pool.invokeAll(jobs)) {
        results.add(f.get());
      }
      List<Tuning> out = new ArrayList<>();
      for (int p = 0; p < penalties.size(); p++) {
        ChunkEvaluation crossValidation = new ChunkEvaluation();
        for (List<ChunkEvaluation> foldResults : results.subList(1, results.size())) {
          crossValidation.addAll(foldResults.get(p));
        }
        out.add(new Tuning(penalties.get(p), results.get(0).get(p), crossValidation));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("tuning interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a tuning run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ChunkEvaluation> evaluate(PerceptronModel model, List<Float> penalties, List<LabeledSentence> heldOut) {
    return penalties.stream().map(p -> ChunkEvaluation.of(model.withOutsidePenalty(p), heldOut)).toList();
  }

  /** Dev scores of the train-only model and pooled cross-validation scores, at one O-penalty. */
  public record Tuning(float outsidePenalty, ChunkEvaluation dev, ChunkEvaluation crossValidation) {}

  /**
   * ANERGazet's LOC, ORG, PERS lists, Syrian CITY and TOWN names and the PETRARCH actor lists
   * (ACTOR_LOC, ACTOR_ORG, ACTOR_PERS), all without common words, plus the MISC trigger words.
   */
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
    PetrarchActors.read(dataDir).forEach((type, names) -> lists.put(type, names.stream()
        .filter(name -> outsideCounts.getOrDefault(name, 0) < COMMON_WORD_COUNT)
        .toList()));
    lists.put("MISC", Gazetteer.parseList(miscWords()));
    return new Gazetteer(lists);
  }

  /** The MISC trigger list shipped in this package (currencies, religions, prizes, contests, wars). */
  private static String miscWords() {
    try (InputStream in = NerTraining.class.getResourceAsStream(MISC_WORDS)) {
      if (in == null) {
        throw new IllegalStateException("NER resource " + MISC_WORDS + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER resource " + MISC_WORDS, e);
    }
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
