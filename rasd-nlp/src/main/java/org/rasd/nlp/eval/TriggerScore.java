package org.rasd.nlp.eval;

/**
 * Trigger detection counts: {@code spans} credits a predicted trigger that overlaps an occurrence of
 * a gold trigger; {@code typed} also requires the same ACLED event type.
 */
public record TriggerScore(Counts spans, Counts typed) {

  public static final TriggerScore ZERO = new TriggerScore(Counts.ZERO, Counts.ZERO);

  public TriggerScore plus(TriggerScore o) {
    return new TriggerScore(spans.plus(o.spans), typed.plus(o.typed));
  }
}
