package org.rasd.nlp.facts;

import java.util.Objects;

/**
 * The type of an event as defined in docs/ontology.md.
 *
 * @param acledType ACLED event type (e.g. "Battles")
 * @param acledSubtype ACLED sub-event type (e.g. "Armed clash")
 * @param plover PLOVER event type (e.g. "ASSAULT"), or null where PLOVER has no fitting class
 */
public record EventType(String acledType, String acledSubtype, String plover) {

  public EventType {
    Objects.requireNonNull(acledType, "acledType");
    Objects.requireNonNull(acledSubtype, "acledSubtype");
  }
}
