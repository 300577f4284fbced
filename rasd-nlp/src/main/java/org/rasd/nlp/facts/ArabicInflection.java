package org.rasd.nlp.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates the normalised surface forms of an Arabic noun or verb from its lemma by regular
 * patterns: proclitics (و ف ب ل ك ال, fused لل, future س), sound plural and dual endings, ta
 * marbuta before enclitics, past-tense suffixes, imperfect prefixes and suffixes, and pronoun
 * enclitics. Broken plurals and irregular stems are not derived: the lexicon lists them.
 *
 * <p>All input and output is in {@link org.rasd.nlp.text.ArabicNormalizer} form (ة written ه,
 * alef forms folded to ا, ى folded to ي).
 */
public final class ArabicInflection {

  private ArabicInflection() {}

  private static final List<String> ENCLITICS = List.of("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم");
  private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
  private static final List<String> PREPOSITIONS = List.of("", "ب", "ل", "ك");

  /** Surface forms of a noun (maṣdar, participle or listed plural) given in normalised spelling. */
  public static Set<String> nounForms(String noun) {
    Set<String> bare = new LinkedHashSet<>(); // forms that may take the article
    Set<String> possessed = new LinkedHashSet<>(); // forms with an enclitic pronoun (no article)
    bare.add(noun);
    if (noun.endsWith("ه")) { // ta marbuta: غاره → غارات، غارتين، غارتها
      String base = noun.substring(0, noun.length() - 1);
      bare.add(base + "ات");
      bare.add(base + "تين");
      bare.add(base + "تان");
      for (String e : ENCLITICS) {
        possessed.add(base + "ت" + e);
        possessed.add(base + "ات" + e);
      }
    } else if (noun.endsWith("ات")) { // listed plural: تعزيزات
      for (String e : ENCLITICS) {
        possessed.add(noun + e);
      }
    } else {
      // sound plurals and duals, accusative alif, and the feminine of participles (محاصر → محاصرتين)
      for (String ending : List.of("ات", "ان", "ين", "ون", "ا", "ه", "تين", "تان")) {
        bare.add(noun + ending);
      }
      for (String e : ENCLITICS) {
        possessed.add(noun + e);
        possessed.add(noun + "ات" + e);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String conj : CONJUNCTIONS) {
      for (String prep : PREPOSITIONS) {
        for (String form : bare) {
          out.add(conj + prep + form);
          out.add(conj + (prep.equals("ل") ? "لل" : prep + "ال") + form);
        }
        for (String form : possessed) {
          out.add(conj + prep + form);
        }
      }
    }
    return out;
  }

  /**
   * Surface forms of a verb.
   *
   * @param past 3rd person masculine singular past (اقتحم)
   * @param imperfectStem the imperfect without its person prefix (قتحم for يقتحم)
   */
  public static Set<String> verbForms(String past, String imperfectStem) {
    Set<String> stems = new LinkedHashSet<>();
    for (String suffix : List.of("", "ت", "وا", "تا", "ا", "نا", "تم", "ن")) {
      stems.add(past + suffix);
    }
    if (past.endsWith("ا") || past.endsWith("ي")) { // defective: قضي → قضت، قضوا
      String base = past.substring(0, past.length() - 1);
      stems.add(base + "ت");
      stems.add(base + "وا");
      stems.add(base + "تا");
    }
    for (String e : ENCLITICS) {
      stems.add(past + e);
      stems.add(past + "ت" + e);
      stems.add(past + "و" + e);
    }
    Set<String> imperfect = new LinkedHashSet<>();
    for (String person : List.of("ي", "ت", "ن", "ا")) {
      for (String suffix : List.of("", "ون", "ان", "ين", "ن", "وا", "ا")) {
        imperfect.add(person + imperfectStem + suffix);
      }
      for (String e : ENCLITICS) {
        imperfect.add(person + imperfectStem + e);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String conj : CONJUNCTIONS) {
      for (String form : stems) {
        out.add(conj + form);
      }
      for (String particle : List.of("", "س", "ل")) {
        for (String form : imperfect) {
          out.add(conj + particle + form);
        }
      }
    }
    return out;
  }

  /** The default imperfect stem: the past with a leading alef of the derived forms dropped. */
  public static String defaultImperfectStem(String past) {
    return past.startsWith("ا") && past.length() > 3 ? past.substring(1) : past;
  }
}
