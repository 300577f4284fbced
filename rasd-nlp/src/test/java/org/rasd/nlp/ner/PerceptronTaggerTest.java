package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training, decoding and the model file, on a small slice of ANERcorp so the test stays quick. */
class PerceptronTaggerTest {

  private static List<LabeledSentence> train;
  private static List<LabeledSentence> heldOut;
  private static final BioLabels LABELS = new BioLabels(NerTraining.TYPES);
  private static final Gazetteer GAZETTEER = new Gazetteer(Map.of("LOC", List.of("ألمانيا", "الشرق الأوسط")));

  @BeforeAll
  static void readSlice() {
    List<LabeledSentence> all = AnerCorpus.split(AnerCorpus.read(SharedData.anerCorp())).train();
    train = all.subList(0, 1200);
    heldOut = all.subList(1200, 1500);
  }

  private static PerceptronModel trainSmall() {
    return new PerceptronTrainer(LABELS, 16, 4, 7L).train(train, GAZETTEER);
  }

  @Test
  void learnsToFindEntitiesInHeldOutSentences() {
    ChunkEvaluation eval = ChunkEvaluation.of(trainSmall(), heldOut);
    assertThat(eval.overall().gold()).isGreaterThan(100);
    assertThat(eval.overall().f1()).isGreaterThan(0.45);
    assertThat(eval.byType()).containsKeys("PERS", "LOC", "ORG");
  }

  @Test
  void sameDataGivesAByteIdenticalModelThatReadsBackToTheSameTags() throws IOException {
    byte[] first = bytes(trainSmall());
    byte[] second = bytes(trainSmall());
    assertThat(first).isEqualTo(second);

    PerceptronModel original = trainSmall();
    PerceptronModel reread = PerceptronModel.read(new ByteArrayInputStream(first));
    for (LabeledSentence s : heldOut.subList(0, 50)) {
      String[] words = s.words().toArray(String[]::new);
      assertThat(reread.tag(words)).isEqualTo(original.tag(words));
    }
    assertThat(reread.gazetteer().entries()).isEqualTo(GAZETTEER.entries());
  }

  @Test
  void decodingNeverStartsAnEntityWithInside() {
    int size = LABELS.size();
    float[] emission = new float[(1 << 4) * size];
    Arrays.fill(emission, 0f);
    int insideLoc = LABELS.indexOf("I-LOC");
    for (int bucket = 0; bucket < 1 << 4; bucket++) {
      emission[bucket * size + insideLoc] = 10f; // every word prefers I-LOC
    }
    PerceptronModel model = new PerceptronModel(LABELS, GAZETTEER, java.util.Set.of(), 4, emission, new float[(size + 1) * size]);
    int[] tags = model.tag(new String[] {"في", "مدينة", "حلب"});
    assertThat(LABELS.label(tags[0])).isNotEqualTo("I-LOC");
    for (int i = 1; i < tags.length; i++) {
      assertThat(LABELS.allowed(tags[i - 1], tags[i])).isTrue();
    }
  }

  @Test
  void chunksAndScoresExactSpans() {
    int[] gold = {0, LABELS.indexOf("B-LOC"), LABELS.indexOf("I-LOC"), 0, LABELS.indexOf("B-PERS")};
    int[] guess = {0, LABELS.indexOf("B-LOC"), 0, 0, LABELS.indexOf("B-PERS")};
    ChunkEvaluation eval = new ChunkEvaluation();
    eval.add(LABELS.chunks(gold), LABELS.chunks(guess));
    assertThat(eval.overall().precision()).isEqualTo(0.5);
    assertThat(eval.overall().recall()).isEqualTo(0.5);
    assertThat(eval.byType().get("PERS").f1()).isEqualTo(1.0);
    assertThat(eval.report()).contains("overall");
  }

  @Test
  void rejectsAFileThatIsNotAModel() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
      gzip.write(new byte[] {0, 5, 'h', 'e', 'l', 'l', 'o'});
    }
    assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(out.toByteArray())))
        .hasMessageContaining("not a Rasd NER model");
  }

  private static byte[] bytes(PerceptronModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
