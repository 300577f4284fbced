package org.rasd.ingest;

/** How much input a run has ahead of it, for a progress bar. */
public record InputTotals(long files, long bytes) {}
