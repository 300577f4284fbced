package org.rasd.nlp.eval;

import java.util.List;

/**
 * A gold event. Strings are verbatim from the text, except {@code time}, which is free prose.
 *
 * @param locations zero, one or several place mentions (the format allows a string or a list)
 * @param plover PLOVER type, or null
 * @param accordingTo attributed source, or null when the outlet speaks itself
 */
public record GoldEvent(
    String id,
    String trigger,
    String acledType,
    String acledSubtype,
    String plover,
    List<String> actors,
    List<String> targets,
    List<String> locations,
    String time,
    String modality,
    String accordingTo,
    boolean optional) {

  public GoldEvent {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    locations = List.copyOf(locations);
  }
}
