package org.rasd.spark;

import org.rasd.nlp.Pipeline;

/**
 * The pipeline of this JVM: loaded on first use, then shared by every task the executor runs (the
 * pipeline is thread-safe), so models are read once per executor rather than once per partition.
 */
final class PipelineHolder {

  private PipelineHolder() {}

  /** Initialisation-on-demand: the JVM loads {@code Lazy} (and the models) on the first call. */
  private static final class Lazy {
    static final Pipeline PIPELINE = Pipeline.standard();
  }

  static Pipeline pipeline() {
    return Lazy.PIPELINE;
  }
}
