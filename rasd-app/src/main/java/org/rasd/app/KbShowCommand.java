package org.rasd.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rasd.nlp.knowledge.actors.ActorKnowledgeBase;
import org.rasd.nlp.knowledge.actors.ActorRecord;
import org.rasd.nlp.knowledge.places.Place;
import org.rasd.nlp.knowledge.places.PlaceGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rasd kb show NAME}: the actor and place records a name (Arabic or Latin, any alias) resolves to. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print the actor and place records whose names match NAME (Arabic or Latin, any alias or spelling).")
final class KbShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name; several words are joined with spaces.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "5", description = "Most place candidates to print (default: 5).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String name = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    ActorKnowledgeBase actors = ActorKnowledgeBase.loadDefault();
    List<ActorRecord> actorHits = actors.lookup(name);
    for (ActorRecord a : actorHits) {
      printActor(out, actors, a);
    }
    PlaceGazetteer places = PlaceGazetteer.shipped();
    List<PlaceGazetteer.Candidate> placeHits = places.lookup(name);
    placeHits.stream().limit(limit).forEach(c -> printPlace(out, places, c));
    if (actorHits.isEmpty() && placeHits.isEmpty()) {
      spec.commandLine().getErr().println("rasd kb show: no actor or place named '" + name + "'");
      return 1;
    }
    out.flush();
    return 0;
  }

  private static void printActor(PrintWriter out, ActorKnowledgeBase kb, ActorRecord a) {
    out.printf("actor:%s  %s%n", a.id(), a.type());
    out.printf("  name        %s | %s%n", a.nameAr(), a.nameEn());
    line(out, "aliases", join(a.aliasesAr()) + (a.aliasesEn().isEmpty() ? "" : " | " + join(a.aliasesEn())));
    line(out, "affiliation", join(a.affiliations()));
    line(out, "country", a.country());
    line(out, "relations", a.relations().stream().map(r -> r.kind() + " " + r.target()).collect(Collectors.joining(", ")));
    line(out, "members", join(kb.children(a.id()))); // units and people that are part of it
    line(out, "source", a.provenance());
    out.println();
  }

  private static void printPlace(PrintWriter out, PlaceGazetteer gazetteer, PlaceGazetteer.Candidate c) {
    Place p = c.place();
    out.printf("%s  %s%s%n", p.id(), p.type(), c.exact() ? "" : "  (loose match)");
    out.printf("  name        %s | %s%n", p.nameAr(), p.nameEn());
    out.printf("  location    %.5f, %.5f%n", p.lat(), p.lon());
    line(out, "in", gazetteer.ancestors(p).stream().map(Place::nameEn).collect(Collectors.joining(" > ")));
    line(out, "source", p.source());
    out.println();
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.printf("  %-11s %s%n", label, value);
    }
  }

  private static String join(List<String> values) {
    return String.join(", ", values);
  }
}
