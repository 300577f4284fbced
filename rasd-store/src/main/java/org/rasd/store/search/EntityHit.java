package org.rasd.store.search;

/** One entity whose names or aliases match a search. */
public record EntityHit(String id, String type, String nameAr, String nameEn, float score) {}
