package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnerCorpusTest {

  @Test
  void splitsInFileOrderAtSentenceEndsFiveSixthsThenOneSixth() {
    List<LabeledSentence> all = AnerCorpus.read(SharedData.anerCorp());
    AnerCorpus.Split split = AnerCorpus.split(all);

    int total = AnerCorpus.tokens(all);
    int train = AnerCorpus.tokens(split.train());
    int dev = AnerCorpus.tokens(split.dev());
    int test = AnerCorpus.tokens(split.test());
    assertThat(train + dev + test).isEqualTo(total).isGreaterThan(149_000);
    assertThat((double) (train + dev) / total).isBetween(5.0 / 6, 5.0 / 6 + 0.01);
    assertThat((double) dev / (train + dev)).isBetween(0.09, 0.11);
    assertThat(split.train().get(0)).isEqualTo(all.get(0));
    assertThat(split.test().get(split.test().size() - 1)).isEqualTo(all.get(all.size() - 1));
    assertThat(split.dev().get(0)).isEqualTo(all.get(split.train().size()));
    String lastTrainWord = split.dev().get(split.dev().size() - 1).words().get(split.dev().get(split.dev().size() - 1).size() - 1);
    assertThat(lastTrainWord).isIn(".", "!", "?", "؟");
  }

  @Test
  void skipsBlankTokensAndNamesTheLineOfAMalformedOne(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "قال O\n  O\nبرند B-PERS\n\u200F O\n. O\nفي O\n");
    List<LabeledSentence> sentences = AnerCorpus.read(good);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).words()).containsExactly("قال", "برند", ".");
    assertThat(sentences.get(0).labels()).containsExactly("O", "B-PERS", "O");

    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "قال O\nبرند\n");
    assertThatThrownBy(() -> AnerCorpus.read(bad)).hasMessageContaining("bad.txt:2");
  }
}
