package org.rasd.nlp.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEvaluationTest {

  @Test
  void theShippedPairsAreWellFormedAndTheDevSplitIsLinkedAccurately() throws Exception {
    Path file = Path.of(getClass().getResource("/org/rasd/nlp/knowledge/actors/link-eval.tsv").toURI());
    LinkEvaluation.Data data = LinkEvaluation.read(file);
    assertThat(data.errors()).isEmpty();
    assertThat(data.pairs()).hasSizeGreaterThanOrEqualTo(200);
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault();
    assertThat(data.pairs())
        .allSatisfy(p -> assertThat(p.expected().equals(LinkEvaluation.PROVISIONAL) || kb.get(p.expected()).isPresent())
            .as("expected id %s exists", p.expected()).isTrue());
    LinkEvaluation.Result dev = LinkEvaluation.evaluate(data.split("dev"), new ActorLinker(kb));
    assertThat(dev.accuracy()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void badLinesAreReportedAndSkipped(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pairs.tsv");
    Files.writeString(file, "# comment\ndev\tلجيش الإسلام\tARMED_GROUP\tjaysh-al-islam\teditor\ntrain\tx\tPERSON\ty\teditor\n");
    LinkEvaluation.Data data = LinkEvaluation.read(file);
    assertThat(data.pairs()).hasSize(1);
    assertThat(data.errors()).singleElement().asString().startsWith("pairs.tsv:3:");
    LinkEvaluation.Result r = LinkEvaluation.evaluate(data.pairs(), new ActorLinker(ActorKnowledgeBase.loadDefault()));
    assertThat(r.correct()).isEqualTo(1);
  }
}
