package org.rasd.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear sequence model over hashed features: per-label weights for each feature
 * bucket plus label-transition weights, decoded with Viterbi under the BIO constraints.
 *
 * <p>File format (gzip): magic, label types, hash bits, gazetteer lists, common words, transition weights, then
 * the non-zero emission weights as delta-coded indices with 16-bit quantised values.
 */
public final class PerceptronModel {

  private static final String MAGIC = "RASD-NER-PERCEPTRON-3";

  private final BioLabels labels;
  private final FeatureExtractor features;
  private final Gazetteer gazetteer;
  private final EntityLexicon lexicon;
  private final int hashBits;
  /** Words seen often in training and never inside an entity: rules do not take them for names. */
  private final Set<String> commonWords;
  /** Emission weight of label l for feature bucket f at {@code f * labels + l}. */
  private final float[] emission;
  /** Weight of label l after label p at {@code (p + 1) * labels + l}; p = -1 is the sentence start. */
  private final float[] transition;

  PerceptronModel(
      BioLabels labels,
      Gazetteer gazetteer,
      EntityLexicon lexicon,
      Set<String> commonWords,
      int hashBits,
      float[] emission,
      float[] transition) {
    this.labels = labels;
    this.lexicon = lexicon;
    this.commonWords = Set.copyOf(commonWords);
    this.gazetteer = gazetteer;
    this.hashBits = hashBits;
    this.features = new FeatureExtractor(gazetteer, lexicon, hashBits);
    this.emission = emission;
    this.transition = transition;
  }

  public BioLabels labels() {
    return labels;
  }

  /** The gazetteer lists the model was trained with (ANERGazet types, Syrian CITY/TOWN, PETRARCH actors, MISC words). */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Normalised words frequent in the training text and never part of a name there. */
  public Set<String> commonWords() {
    return commonWords;
  }

  /** The same model with a list of common words for the rules (not a tagging feature). */
  public PerceptronModel withCommonWords(Set<String> words) {
    return new PerceptronModel(labels, gazetteer, lexicon, words, hashBits, emission, transition);
  }

  public FeatureExtractor features() {
    return features;
  }

  /** The best label sequence for a sentence's words. */
  public int[] tag(String[] words) {
    return Viterbi.decode(labels, features.extract(words), emission, transition, null);
  }

  /** Viterbi with per-label scores also returned (for confidence estimates). */
  int[] decode(int[][] featureIds, float[][] margins) {
    return Viterbi.decode(labels, featureIds, emission, transition, margins);
  }

  /**
   * The same model with every move into O made {@code penalty} costlier: trades precision for
   * recall, which the perceptron (trained on ~90% O labels) leaves too low. Tuned on dev.
   */
  public PerceptronModel withOutsidePenalty(float penalty) {
    float[] shifted = transition.clone();
    for (int previous = -1; previous < labels.size(); previous++) {
      shifted[(previous + 1) * labels.size()] -= penalty;
    }
    return new PerceptronModel(labels, gazetteer, lexicon, commonWords, hashBits, emission, shifted);
  }

  /** Number of non-zero emission weights. */
  public int nonZeroWeights() {
    int n = 0;
    for (float w : emission) {
      if (w != 0f) {
        n++;
      }
    }
    return n;
  }

  public void write(OutputStream target) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(labels.types().size());
    for (String type : labels.types()) {
      out.writeUTF(type);
    }
    out.writeInt(hashBits);
    Map<String, List<String>> lists = gazetteer.entries();
    out.writeInt(lists.size());
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().size());
      for (String name : e.getValue()) {
        out.writeUTF(name);
      }
    }
    Map<String, Integer> lexiconEntries = lexicon.entries();
    out.writeInt(lexiconEntries.size());
    for (Map.Entry<String, Integer> e : lexiconEntries.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    List<String> common = new ArrayList<>(new TreeSet<>(commonWords));
    out.writeInt(common.size());
    for (String word : common) {
      out.writeUTF(word);
    }
    for (float t : transition) {
      out.writeFloat(t);
    }
    float max = 0f;
    for (float w : emission) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
    out.writeFloat(scale);
    int count = 0;
    for (float w : emission) {
      if (Math.round(w / scale) != 0) {
        count++;
      }
    }
    out.writeInt(count);
    int last = 0;
    for (int i = 0; i < emission.length; i++) {
      int q = Math.round(emission[i] / scale);
      if (q != 0) {
        writeVarInt(out, i - last);
        out.writeShort(q);
        last = i;
      }
    }
    out.flush();
    gzip.finish();
  }

  public static PerceptronModel read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a Rasd NER model (header '" + magic + "', expected '" + MAGIC + "')");
    }
    List<String> types = new ArrayList<>();
    for (int n = in.readInt(), i = 0; i < n; i++) {
      types.add(in.readUTF());
    }
    BioLabels labels = new BioLabels(types);
    int hashBits = in.readInt();
    if (hashBits < 4 || hashBits > 26) {
      throw new IOException("implausible hash size 2^" + hashBits + " in NER model");
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (int n = in.readInt(), i = 0; i < n; i++) {
      String type = in.readUTF();
      List<String> names = new ArrayList<>();
      for (int m = in.readInt(), j = 0; j < m; j++) {
        names.add(in.readUTF());
      }
      lists.put(type, names);
    }
    Map<String, Integer> lexiconCodes = new HashMap<>();
    for (int n = in.readInt(), i = 0; i < n; i++) {
      String stem = in.readUTF();
      lexiconCodes.put(stem, in.readUnsignedByte());
    }
    Set<String> common = new HashSet<>();
    for (int n = in.readInt(), i = 0; i < n; i++) {
      common.add(in.readUTF());
    }
    float[] transition = new float[(labels.size() + 1) * labels.size()];
    for (int i = 0; i < transition.length; i++) {
      transition[i] = in.readFloat();
    }
    float scale = in.readFloat();
    float[] emission = new float[(1 << hashBits) * labels.size()];
    int index = 0;
    for (int n = in.readInt(), i = 0; i < n; i++) {
      index += readVarInt(in);
      emission[index] = in.readShort() * scale;
    }
    return new PerceptronModel(labels, new Gazetteer(lists), new EntityLexicon(lexiconCodes), common, hashBits, emission, transition);
  }

  private static void writeVarInt(DataOutputStream out, int value) throws IOException {
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
  }
}
