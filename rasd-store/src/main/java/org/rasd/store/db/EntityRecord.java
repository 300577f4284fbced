package org.rasd.store.db;

import java.util.List;

/** An entity as stored; geographic fields are null for actors, region also for places in none. */
public record EntityRecord(
    String id,
    String type,
    String nameAr,
    String nameEn,
    boolean provisional,
    Double lat,
    Double lon,
    String featureType,
    String countryCode,
    Integer geoPrecision,
    List<String> hierarchy,
    String region,
    List<String> aliases) {}
