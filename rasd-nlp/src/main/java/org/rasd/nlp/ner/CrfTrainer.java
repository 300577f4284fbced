package org.rasd.nlp.ner;

import java.util.List;
import java.util.Set;

/**
 * Trains a {@link PerceptronModel} as a linear-chain conditional random field (Lafferty et al. 2001):
 * maximises the L2-penalised conditional log-likelihood of the gold label sequences ({@link
 * CrfObjective}) with {@link Lbfgs} from zero weights. Same features and decoder as the perceptron;
 * the result is a different set of weights in the same model file. Deterministic: no random order, one
 * thread, so the same data always gives the same model.
 */
public final class CrfTrainer {

  private final BioLabels labels;
  private final int hashBits;
  private final double l2;
  private final int maxIterations;

  /**
   * @param l2 weight of the penalty ½·l2·‖w‖² against the summed log-likelihood of all sentences
   * @param maxIterations cap on L-BFGS iterations (each one or more passes over the data)
   */
  public CrfTrainer(BioLabels labels, int hashBits, double l2, int maxIterations) {
    this.labels = labels;
    this.hashBits = hashBits;
    this.l2 = l2;
    this.maxIterations = maxIterations;
  }

  public PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer) {
    CrfObjective objective = new CrfObjective(labels, TrainingSet.of(sentences, gazetteer, labels, hashBits), hashBits, l2);
    double[] theta = new double[objective.dimension()];
    new Lbfgs(maxIterations, TOLERANCE).minimise(objective, theta);
    return new PerceptronModel(
        labels,
        gazetteer,
        EntityLexicon.of(sentences, labels.types()),
        Set.of(),
        hashBits,
        objective.emission(theta, hashBits),
        objective.transition(theta));
  }

  /** Relative fall of the objective over five iterations below which training stops. */
  static final double TOLERANCE = 1e-4;
}
