package org.rasd.nlp.knowledge.actors;

import java.util.List;

/**
 * One actor of the knowledge base, as written in a row of a data file.
 *
 * @param id canonical id, lower-case ASCII slug (e.g. "jaysh-al-islam")
 * @param type ARMED_GROUP, STATE_FORCES, GOVERNMENT, MEDIA, PERSON, IGO, NGO
 * @param nameAr canonical Arabic name
 * @param nameEn canonical Latin name
 * @param aliasesAr other Arabic names and spellings
 * @param aliasesEn other Latin names, spellings and acronyms
 * @param affiliations tags such as pro-government, opposition, jihadist, kurdish, iran-backed
 * @param country ISO 3166-1 alpha-2 of the actor's nationality, or empty
 * @param relations links to other actors (part-of, renamed-from, merged-into…)
 * @param provenance where the row's facts come from
 */
public record ActorRecord(
    String id,
    String type,
    String nameAr,
    String nameEn,
    List<String> aliasesAr,
    List<String> aliasesEn,
    List<String> affiliations,
    String country,
    List<ActorRelation> relations,
    String provenance) {

  public ActorRecord {
    aliasesAr = List.copyOf(aliasesAr);
    aliasesEn = List.copyOf(aliasesEn);
    affiliations = List.copyOf(affiliations);
    relations = List.copyOf(relations);
  }

  /** The id as used in a {@link org.rasd.nlp.model.Resolution}: "actor:" + id. */
  public String resolutionId() {
    return "actor:" + id;
  }

  /** Ids of the organisations this actor is a unit or member of. */
  public List<String> parents() {
    return relations.stream().filter(r -> r.kind().equals(ActorRelation.PART_OF)).map(ActorRelation::target).toList();
  }

  /** Every name of the actor: canonical names first, then aliases. */
  public List<String> allNames() {
    var names = new java.util.ArrayList<String>();
    names.add(nameAr);
    names.add(nameEn);
    names.addAll(aliasesAr);
    names.addAll(aliasesEn);
    return names;
  }
}
