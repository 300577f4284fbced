package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KbShowCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new RasdCli());
    cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void showsAnActorFoundByAShortArabicAlias() {
    assertThat(run("kb", "show", "أسد", "الله", "الغالب")).isZero();
    assertThat(out.toString()).contains("actor:liwa-asad-allah-al-ghalib").contains("Liwa Asad Allah al-Ghalib");
  }

  @Test
  void showsAPlaceWithCoordinatesAndItsAdminChain() {
    assertThat(run("kb", "show", "دير العصافير")).isZero();
    assertThat(out.toString()).contains("Rif Dimashq").containsPattern("location +33\\.\\d+, 36\\.\\d+");
  }

  @Test
  void findsActorsByLatinName() {
    assertThat(run("kb", "show", "Jaysh al-Islam")).isZero();
    assertThat(out.toString()).contains("actor:jaysh-al-islam").contains("جيش الإسلام");
  }

  @Test
  void anUnknownNameIsAClearFailure() {
    assertThat(run("kb", "show", "لا يوجد اسم كهذا")).isEqualTo(1);
    assertThat(err.toString()).contains("no actor or place named");
  }
}
