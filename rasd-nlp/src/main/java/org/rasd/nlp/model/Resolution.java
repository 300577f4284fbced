package org.rasd.nlp.model;

/**
 * What a mention was resolved to in the knowledge base.
 *
 * @param id canonical record id (e.g. "actor:jaysh-al-islam", "place:sy:deir-al-asafir"), or a
 *     provisional id ("provisional:…") for a well-formed entity the KB does not know yet
 * @param nameAr canonical Arabic name
 * @param nameEn canonical Latin name, or null
 * @param score linking confidence in [0, 1]
 * @param provisional true when the id was minted for an entity unknown to the KB
 * @param geo coordinates and admin hierarchy for places, null for actors
 */
public record Resolution(
    String id, String nameAr, String nameEn, double score, boolean provisional, Geo geo) {}
