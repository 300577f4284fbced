package org.rasd.nlp.ner;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Trains a {@link PerceptronModel} as an averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, move weights toward the gold labels where the decoded path
 * differs, and return the average of all weight vectors seen. Sentence order is shuffled per epoch
 * with a fixed seed, so the same data always gives the same model. Features come from {@link
 * TrainingSet} (lexicon features jackknifed).
 */
public final class PerceptronTrainer {

  private final BioLabels labels;
  private final int hashBits;
  private final int epochs;
  private final long seed;

  public PerceptronTrainer(BioLabels labels, int hashBits, int epochs, long seed) {
    this.labels = labels;
    this.hashBits = hashBits;
    this.epochs = epochs;
    this.seed = seed;
  }

  public PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer) {
    return train(sentences, gazetteer, epoch -> {});
  }

  /** Trains; {@code afterEpoch} is told each finished epoch (1-based), e.g. for progress output. */
  public PerceptronModel train(List<LabeledSentence> sentences, Gazetteer gazetteer, IntConsumer afterEpoch) {
    int size = labels.size();
    TrainingSet data = TrainingSet.of(sentences, gazetteer, labels, hashBits);
    List<int[][]> featureIds = data.features();
    List<int[]> gold = data.gold();
    Weights emission = new Weights((1 << hashBits) * size);
    Weights transition = new Weights((size + 1) * size);
    int[] order = new int[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    int step = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      for (int index : order) {
        int[][] f = featureIds.get(index);
        int[] g = gold.get(index);
        int[] predicted = Viterbi.decode(labels, f, emission.current, transition.current, null);
        for (int i = 0; i < g.length; i++) {
          int gp = i == 0 ? -1 : g[i - 1];
          int pp = i == 0 ? -1 : predicted[i - 1];
          if (g[i] != predicted[i]) {
            for (int id : f[i]) {
              emission.add(id * size + g[i], 1f, step);
              emission.add(id * size + predicted[i], -1f, step);
            }
          }
          if (g[i] != predicted[i] || gp != pp) {
            transition.add((gp + 1) * size + g[i], 1f, step);
            transition.add((pp + 1) * size + predicted[i], -1f, step);
          }
        }
        step++;
      }
      afterEpoch.accept(epoch);
    }
    return new PerceptronModel(labels, gazetteer, EntityLexicon.of(sentences, labels.types()), Set.of(), hashBits, emission.averaged(step), transition.averaged(step));
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /** Weights with the averaging trick: average = current - (sum of step * update) / steps. */
  private static final class Weights {
    final float[] current;
    final double[] stepWeighted;

    Weights(int size) {
      current = new float[size];
      stepWeighted = new double[size];
    }

    void add(int index, float delta, int step) {
      current[index] += delta;
      stepWeighted[index] += (double) step * delta;
    }

    float[] averaged(int steps) {
      float[] out = new float[current.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (current[i] - stepWeighted[i] / steps);
      }
      return out;
    }
  }
}
