package org.rasd.nlp.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed vocabularies of docs/ontology.md: ACLED event types with their sub-event types, PLOVER
 * event types, modality values and relation types. Readers of data files check against these.
 */
public final class OntologyTypes {

  private OntologyTypes() {}

  public static final Map<String, List<String>> ACLED = new LinkedHashMap<>();

  static {
    ACLED.put("Battles", List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"));
    ACLED.put(
        "Explosions/Remote violence",
        List.of(
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade"));
    ACLED.put("Violence against civilians", List.of("Sexual violence", "Attack", "Abduction/forced disappearance"));
    ACLED.put("Protests", List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"));
    ACLED.put("Riots", List.of("Violent demonstration", "Mob violence"));
    ACLED.put(
        "Strategic developments",
        List.of(
            "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other"));
  }

  /**
   * PLOVER event types: the codebook's summary (shared/data/plover/plover_reference.html) plus the
   * names CAMEO2PLOVER-2021.txt uses for two of them (REQUEST for DEMAND, ACCUSE for DISAPPROVE).
   */
  public static final Set<String> PLOVER =
      Set.of(
          "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
          "DISAPPROVE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  public static final Set<String> MODALITIES =
      Set.of("asserted", "claimed", "denied", "planned", "threatened", "hypothetical", "negated");

  public static final Set<String> RELATIONS =
      Set.of(
          "MERGED_WITH", "LEADER_OF", "ALIAS_OF", "MEMBER_OF", "FORMER_MEMBER_OF", "AFFILIATED_WITH",
          "SUPPORTED_BY", "ALLIED_WITH", "FIGHTS", "NATIONALITY", "CONTROLS", "BESIEGES", "LOCATED_IN", "FORMED");

  /** Null when the type is valid, else what is wrong with it. */
  public static String problemWith(EventType type) {
    List<String> subtypes = ACLED.get(type.acledType());
    if (subtypes == null) {
      return "unknown ACLED event type '" + type.acledType() + "'";
    }
    if (!subtypes.contains(type.acledSubtype())) {
      return "'" + type.acledSubtype() + "' is not a sub-event type of " + type.acledType();
    }
    if (type.plover() != null && !PLOVER.contains(type.plover())) {
      return "unknown PLOVER type '" + type.plover() + "'";
    }
    return null;
  }
}
