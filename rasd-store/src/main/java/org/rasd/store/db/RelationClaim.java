package org.rasd.store.db;

/**
 * One document's statement of a relation between two entities: the row the store writes until the
 * extraction model has a relation record of its own.
 *
 * @param type relation type (LEADER_OF, MEMBER_OF, MERGED_WITH, …)
 * @param fromEntity entity id of the subject
 * @param toEntity entity id of the object
 * @param timeValue ISO-8601 time the relation holds at, possibly partial, or null
 * @param timePrecision precision of {@code timeValue} (DAY, MONTH, YEAR…), or null
 * @param modality asserted, claimed, denied…
 * @param docId content id of the stating document
 * @param start offset of the stating span in the document text
 * @param end offset just past the stating span
 * @param accordingTo entity id of whom the document attributes the claim to, or null
 * @param accordingToText the attribution as written, or null
 */
public record RelationClaim(
    String type,
    String fromEntity,
    String toEntity,
    String timeValue,
    String timePrecision,
    String modality,
    String docId,
    int start,
    int end,
    String accordingTo,
    String accordingToText) {}
