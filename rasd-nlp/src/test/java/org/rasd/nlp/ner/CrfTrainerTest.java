package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CRF objective (gradient, normaliser under BIO constraints) and the trainer on Arabic data. */
class CrfTrainerTest {

  private static final BioLabels LABELS = new BioLabels(NerTraining.TYPES);
  private static final Gazetteer GAZETTEER = new Gazetteer(Map.of("LOC", List.of("حلب", "حمص")));
  private static final int BITS = 6;

  private static final List<String> FIRST = List.of("سامر", "خالد", "ليلى", "عمر");
  private static final List<String> LAST = List.of("العلي", "الحسن", "المصري", "الخطيب");
  private static final List<String> PLACES = List.of("حلب", "حمص", "درعا", "إدلب");

  /** "قال سامر العلي إن الوفد وصل إلى حلب ." with PERS and LOC labels. */
  private static LabeledSentence sentence(String first, String last, String place) {
    return new LabeledSentence(
        List.of("قال", first, last, "إن", "الوفد", "وصل", "إلى", place, "."),
        List.of("O", "B-PERS", "I-PERS", "O", "O", "O", "O", "B-LOC", "O"));
  }

  /** "زار الوفد درعا" with one LOC label. */
  private static LabeledSentence visit(String place) {
    return new LabeledSentence(List.of("زار", "الوفد", place), List.of("O", "O", "B-LOC"));
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    CrfObjective objective = tinyObjective(0.3);
    double[] theta = randomWeights(objective.dimension(), 11L);
    double[] gradient = new double[theta.length];
    objective.valueAndGradient(theta, gradient);
    double[] scratch = new double[theta.length];
    double h = 1e-5;
    for (int i = 0; i < theta.length; i++) {
      double saved = theta[i];
      theta[i] = saved + h;
      double up = objective.valueAndGradient(theta, scratch);
      theta[i] = saved - h;
      double down = objective.valueAndGradient(theta, scratch);
      theta[i] = saved;
      assertThat(gradient[i]).as("d/dθ%d", i).isCloseTo((up - down) / (2 * h), org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void normaliserSumsExactlyTheBioWellFormedPaths() {
    LabeledSentence s = visit("حلب");
    CrfObjective objective = new CrfObjective(LABELS, TrainingSet.of(List.of(s), GAZETTEER, LABELS, BITS), BITS, 0);
    double[] theta = randomWeights(objective.dimension(), 5L);
    double value = objective.valueAndGradient(theta, new double[theta.length]);

    float[] emission = objective.emission(theta, BITS);
    float[] transition = objective.transition(theta);
    int[][] features = new FeatureExtractor(GAZETTEER, EntityLexicon.EMPTY, BITS).extract(s.words().toArray(String[]::new));
    int[] gold = s.labels().stream().mapToInt(LABELS::indexOf).toArray();
    double z = 0;
    int size = LABELS.size();
    int[] path = new int[3];
    for (int code = 0; code < size * size * size; code++) {
      path[0] = code % size;
      path[1] = code / size % size;
      path[2] = code / (size * size);
      if (LABELS.allowed(-1, path[0]) && LABELS.allowed(path[0], path[1]) && LABELS.allowed(path[1], path[2])) {
        z += Math.exp(score(path, features, emission, transition));
      }
    }
    double expected = Math.log(z) - score(gold, features, emission, transition);
    assertThat(value).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void learnsNamesAndPlacesInUnseenCombinations() {
    List<LabeledSentence> train = new ArrayList<>();
    List<LabeledSentence> unseen = new ArrayList<>();
    for (int i = 0; i < FIRST.size(); i++) {
      for (int j = 0; j < LAST.size(); j++) {
        for (int k = 0; k < PLACES.size(); k++) {
          ((i + j + k) % 5 == 0 ? unseen : train).add(sentence(FIRST.get(i), LAST.get(j), PLACES.get(k)));
        }
      }
    }
    PLACES.forEach(p -> train.add(visit(p)));
    PerceptronModel model = new CrfTrainer(LABELS, 12, 0.1, 100).train(train, GAZETTEER);
    assertThat(unseen).isNotEmpty();
    for (LabeledSentence s : unseen) {
      int[] tags = model.tag(s.words().toArray(String[]::new));
      assertThat(Arrays.stream(tags).mapToObj(LABELS::label).toList()).as(String.join(" ", s.words())).isEqualTo(s.labels());
    }
  }

  @Test
  void trainsReproduciblyOnAnercorpAndDecodesWellFormedSequences() throws IOException {
    List<LabeledSentence> all = AnerCorpus.split(AnerCorpus.read(SharedData.anerCorp())).train();
    List<LabeledSentence> train = all.subList(0, 400);
    List<LabeledSentence> heldOut = all.subList(400, 600);
    PerceptronModel first = new CrfTrainer(LABELS, 16, 1.0, 30).train(train, GAZETTEER);
    PerceptronModel second = new CrfTrainer(LABELS, 16, 1.0, 30).train(train, GAZETTEER);
    assertThat(bytes(first)).isEqualTo(bytes(second));

    ChunkEvaluation eval = ChunkEvaluation.of(first, heldOut);
    assertThat(eval.overall().gold()).isGreaterThan(50);
    assertThat(eval.overall().f1()).isGreaterThan(0.4);
    for (LabeledSentence s : heldOut) {
      int[] tags = first.tag(s.words().toArray(String[]::new));
      for (int i = 0; i < tags.length; i++) {
        assertThat(LABELS.allowed(i == 0 ? -1 : tags[i - 1], tags[i])).isTrue();
      }
    }
  }

  private static CrfObjective tinyObjective(double l2) {
    List<LabeledSentence> sentences = List.of(sentence("سامر", "العلي", "حلب"), visit("درعا"), visit("حمص"));
    return new CrfObjective(LABELS, TrainingSet.of(sentences, GAZETTEER, LABELS, BITS), BITS, l2);
  }

  private static double[] randomWeights(int n, long seed) {
    Random random = new Random(seed);
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = random.nextGaussian() * 0.5;
    }
    return theta;
  }

  private static double score(int[] path, int[][] features, float[] emission, float[] transition) {
    int size = LABELS.size();
    double s = 0;
    for (int i = 0; i < path.length; i++) {
      for (int f : features[i]) {
        s += emission[f * size + path[i]];
      }
      s += transition[(i == 0 ? 0 : (path[i - 1] + 1) * size) + path[i]];
    }
    return s;
  }

  private static byte[] bytes(PerceptronModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
