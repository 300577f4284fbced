package org.rasd.nlp.facts.time;

/** Which part of the named period is meant (مطلع / منتصف / أواخر). */
public enum TimeQualifier {
  START,
  MID,
  END
}
