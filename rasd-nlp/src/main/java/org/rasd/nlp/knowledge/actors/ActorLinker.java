package org.rasd.nlp.knowledge.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasd.nlp.knowledge.EntityLinker;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Links the non-place mentions of a document (persons, armed groups, state forces, governments,
 * media, organisations) to actors of the knowledge base. In document order, each mention is:
 *
 * <ol>
 *   <li>a nickname or kunya of the person just named ("عقيل الموسوي الملقب بـ أبو فاطمة");
 *   <li>a person's family name after the full name ("علوش" after "زهران علوش");
 *   <li>an actor of the knowledge base ({@link ActorMatcher});
 *   <li>a short form of a group named earlier: its first word ("التنظيم", "الحركة"), its last word
 *       ("الحر" after "الجيش السوري الحر"), or a generic "الميليشيا" for the nearest armed group;
 *   <li>else, when it is a well-formed name, a provisional actor whose id is made from the name, so
 *       that the same name gets the same id in every document.
 * </ol>
 *
 * Place mentions are left to the place linker; mentions already resolved are kept as they are.
 */
public final class ActorLinker implements EntityLinker {

  static final Set<String> PLACE_TYPES =
      Set.of("COUNTRY", "REGION", "CITY", "TOWN", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION");

  /** Generic words for a group ("الميليشيا", "التنظيم") that may refer back to any armed group, in key form. */
  private static final Set<String> ANY_GROUP_ANAPHORS =
      Set.of("ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "تنظيم", "فصيل", "جماعه");

  /** Head words that, standing alone ("الحركة", "الوحدات"), refer back to a group whose name starts with them. */
  private static final Set<String> HEAD_ANAPHORS =
      Set.of("حركه", "هيئه", "وحدات", "فيلق", "جيش", "لواء", "جبهه", "فرقه", "كتائب", "مجلس", "ائتلاف", "مرصد", "وكاله");

  /** Collective words that name no one entity when they stand alone ("المجموعات المسلحة"). */
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "مجموعات", "مجموعه", "مسلحه", "مسلحين", "فصائل", "عصابات", "معارضه", "ثوار", "قوات", "حليفه",
          "شعبيه", "ارهابيين", "ارهابيه", "نظاميه", "عناصر", "مقاتلين", "مسلحون", "طيران", "حربي", "مروحي",
          "طائرات", "امن", "سلطات", "حكومه", "نظام", "جيش", "مليشيات", "ميليشيات");

  /** Text between a person and a nickname that says "known as" ("الملقب بـ", "المكنى"). */
  private static final Pattern NICKNAME_LINK =
      Pattern.compile("^[\\s\"'()«»،,-]*(و?(ال)?(ملقب|ملقبه|مكنى|مكني|معروف|معروفه|شهير|يلقب|يكنى|يعرف))[\\s\"'«»]*(ب|باسم|بلقب)?[\\s\"'«»]*$");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private final ActorMatcher matcher;

  public ActorLinker(ActorKnowledgeBase kb) {
    this(new ActorMatcher(kb));
  }

  public ActorLinker(ActorMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public AnnotatedDocument link(AnnotatedDocument document) {
    List<Mention> sorted = new ArrayList<>(document.mentions());
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Mention> linked = new ArrayList<>(sorted.size());
    DocumentContext context = new DocumentContext();
    for (Mention m : sorted) {
      if (m.resolution() == null && !PLACE_TYPES.contains(m.type())) {
        Resolution r = resolve(m, linked, document.text(), context);
        m = r == null ? m : m.withResolution(r);
      }
      linked.add(m);
      context.add(m);
    }
    return document.withMentions(linked);
  }

  private record TextAndType(String text, String type) {}

  /** A resolved mention that later ones may refer back to, with its keys. */
  private record Antecedent(Mention mention, String key, String nameKey) {}

  /**
   * What linking remembers within one document: the resolved persons and groups so far, in
   * document order, each keyed once when it is added (the rules below compare every new mention
   * with all earlier ones); the keys and the knowledge-base match of each mention text, computed
   * once per document (an article repeats its names). Nothing is kept across documents, so a
   * corpus of repeated text does not flatter the benchmark.
   */
  private static final class DocumentContext {
    private final List<Antecedent> persons = new ArrayList<>();
    /** Resolved mentions that are neither persons nor places. */
    private final List<Antecedent> groups = new ArrayList<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, List<String>> searchKeys = new HashMap<>();
    private final Map<TextAndType, Optional<ActorMatcher.Match>> matches = new HashMap<>();

    String key(String text) {
      return keys.computeIfAbsent(text, ActorNameKeys::key);
    }

    List<String> searchKeys(String text) {
      return searchKeys.computeIfAbsent(text, ActorNameKeys::searchKeys);
    }

    Optional<ActorMatcher.Match> match(ActorMatcher matcher, Mention m) {
      return matches.computeIfAbsent(new TextAndType(m.text(), m.type()), k -> matcher.match(searchKeys(k.text()), k.type()));
    }

    void add(Mention m) {
      Resolution r = m.resolution();
      if (r == null || PLACE_TYPES.contains(m.type())) {
        return;
      }
      String key = key(m.text());
      if ("PERSON".equals(m.type())) {
        persons.add(new Antecedent(m, key, null));
      } else {
        // provisional actors named only in Latin script have no Arabic name
        groups.add(new Antecedent(m, key, r.nameAr() == null ? key : key(r.nameAr())));
      }
    }
  }

  private Resolution resolve(Mention m, List<Mention> linked, String text, DocumentContext context) {
    Optional<Resolution> nickname = nicknameOf(m, linked, text);
    if (nickname.isPresent()) {
      return nickname.get();
    }
    List<String> searchKeys = context.searchKeys(m.text());
    String key = mentionKey(searchKeys, context.key(m.text()));
    if ("PERSON".equals(m.type())) {
      Optional<Resolution> family = familyNameOf(key, context.persons);
      if (family.isPresent()) {
        return family.get();
      }
    }
    Optional<ActorMatcher.Match> match = context.match(matcher, m);
    if (match.isPresent()) {
      ActorRecord a = match.get().record();
      return new Resolution(a.resolutionId(), a.nameAr(), a.nameEn(), match.get().score(), false, null);
    }
    // A MISC word ("الله", "الإسلام") is no short form of a group whose name ends with it.
    Optional<Resolution> anaphor = "MISC".equals(m.type()) ? Optional.empty() : shortFormOf(key, context.groups);
    if (anaphor.isPresent()) {
      return anaphor.get();
    }
    return provisional(m.text(), key);
  }

  /** The key of a mention with a lone or fused proclitic removed when that is how it was written. */
  private static String mentionKey(List<String> searchKeys, String plain) {
    for (String k : searchKeys) {
      if (!k.equals(plain) && plain.endsWith(k) && plain.length() - k.length() <= 2) {
        return k; // "لل" / "و" / "ب" stripped
      }
    }
    return plain;
  }

  private static Optional<Resolution> nicknameOf(Mention m, List<Mention> before, String text) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Mention p = before.get(i);
      if (p.end() > m.start()) {
        continue;
      }
      if (!"PERSON".equals(p.type()) || p.resolution() == null) {
        return Optional.empty();
      }
      String between = ArabicNormalizer.normalize(text.substring(p.end(), m.start()));
      if (NICKNAME_LINK.matcher(between).matches()) {
        return Optional.of(rescore(p.resolution(), 0.85));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The earlier person whose full name ends with this one or two words. */
  private static Optional<Resolution> familyNameOf(String key, List<Antecedent> persons) {
    if (key.isEmpty() || key.split(" ").length > 2) {
      return Optional.empty();
    }
    String tail = " " + key;
    for (int i = persons.size() - 1; i >= 0; i--) {
      String full = persons.get(i).key();
      if (!full.equals(key) && full.endsWith(tail)) {
        return Optional.of(rescore(persons.get(i).mention().resolution(), 0.8));
      }
    }
    return Optional.empty();
  }

  private static Optional<Resolution> shortFormOf(String key, List<Antecedent> groups) {
    if (key.contains(" ") || key.length() < 2) {
      return Optional.empty();
    }
    boolean anyGroup = ANY_GROUP_ANAPHORS.contains(key);
    boolean mayBeTail = !anyGroup && !HEAD_ANAPHORS.contains(key) && !GENERIC_WORDS.contains(key);
    String head = key + " ";
    String tail = " " + key;
    Mention named = null; // nearest earlier group whose name starts (or, for a name's tail, ends) with the word
    Mention anyArmedGroup = null;
    for (int i = groups.size() - 1; i >= 0 && named == null; i--) {
      Antecedent g = groups.get(i);
      String text = g.key();
      String name = g.nameKey();
      if (startsWithWord(text, key, head) || startsWithWord(name, key, head)) {
        named = g.mention();
      } else if (mayBeTail && (text.endsWith(tail) || name.endsWith(tail))) {
        named = g.mention(); // "الحر" after "الجيش السوري الحر"
      } else if (anyArmedGroup == null && "ARMED_GROUP".equals(g.mention().type())) {
        anyArmedGroup = g.mention();
      }
    }
    Mention antecedent = named != null ? named : anyGroup ? anyArmedGroup : null;
    return Optional.ofNullable(antecedent).map(p -> rescore(p.resolution(), 0.7));
  }

  private static boolean startsWithWord(String key, String word, String wordAndSpace) {
    return key.equals(word) || key.startsWith(wordAndSpace);
  }

  /** A provisional actor for a well-formed name the KB lacks; null for generic or malformed text. */
  static Resolution provisional(String text, String key) {
    String[] words = key.split(" ");
    if (key.length() < 3 || words.length > 7 || !LETTER.matcher(key).find()) {
      return null;
    }
    boolean generic = true;
    for (String w : words) {
      generic &= GENERIC_WORDS.contains(w) || ActorNameKeys.HEAD_WORDS.contains(w)
          || ActorNameKeys.TRAILING_ADJECTIVES.contains(w) || ANY_GROUP_ANAPHORS.contains(w) || HEAD_ANAPHORS.contains(w);
    }
    if (generic) {
      return null;
    }
    String slug = key.replace(' ', '-');
    boolean latin = ActorNameKeys.isLatin(text);
    return new Resolution("provisional:" + slug, latin ? null : text.strip(), latin ? text.strip() : null, 0.5, true, null);
  }

  private static Resolution rescore(Resolution r, double factor) {
    return new Resolution(r.id(), r.nameAr(), r.nameEn(), r.score() * factor, r.provisional(), r.geo());
  }
}
