package org.rasd.nlp.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;

class ActorLinkerTest {

  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.loadDefault();
  private static final ActorLinker LINKER = new ActorLinker(KB);

  /** The KB record each gold canonical_en of the reference article stands for. */
  private static final Map<String, String> REFERENCE_IDS =
      Map.ofEntries(
          Map.entry("Jaysh al-Islam", "actor:jaysh-al-islam"),
          Map.entry("Jaysh al-Fustat", "actor:jaysh-al-fustat"),
          Map.entry("Faylaq al-Rahman", "actor:faylaq-al-rahman"),
          Map.entry("Hezbollah", "actor:hezbollah"),
          Map.entry("Palestine Liberation Army", "actor:palestine-liberation-army"),
          Map.entry("National Defence Forces", "actor:national-defence-forces"),
          Map.entry("Liwa Asad Allah al-Ghalib", "actor:liwa-asad-allah-al-ghalib"),
          Map.entry("Liwa Dhu al-Fiqar", "actor:liwa-dhu-al-fiqar"),
          Map.entry("Liwa Abu al-Fadl al-Abbas", "actor:liwa-abu-al-fadl-al-abbas"),
          Map.entry("Syrian Arab Army (Assad forces)", "actor:syrian-arab-army"),
          Map.entry("39th Brigade", "actor:brigade-39"),
          Map.entry("Russian Armed Forces", "actor:russian-armed-forces"),
          Map.entry("Russian Ministry of Defence", "actor:russian-ministry-of-defence"),
          Map.entry("Syrian government", "actor:syrian-government"),
          Map.entry("Al-Masdar News", "actor:al-masdar-news"),
          Map.entry("Orient Net", "actor:orient-net"),
          Map.entry("Abdullah al-Shaibani", "actor:abdullah-al-shaibani"),
          Map.entry("Abu Shahd al-Jubouri", "actor:abu-shahd-al-jubouri"),
          Map.entry("Aqil al-Musawi", "actor:aqil-al-musawi"));

  @Test
  void everyGoldActorOfTheReferenceArticleResolvesToItsRecord() throws Exception {
    List<GoldMentions.Found> found =
        GoldMentions.find("examples/orient-ghouta-militias.ar.txt", "examples/orient-ghouta-militias.gold.json");
    assertThat(found).hasSizeGreaterThanOrEqualTo(REFERENCE_IDS.size());
    String text = GoldMentions.text("examples/orient-ghouta-militias.ar.txt");
    AnnotatedDocument linked =
        LINKER.link(GoldMentions.document("orient", text, found.stream().map(GoldMentions.Found::mention).toList()));
    for (int i = 0; i < found.size(); i++) {
      Mention m = linked.mentions().get(i);
      assertThat(m.start()).isEqualTo(found.get(i).mention().start());
      String expected = REFERENCE_IDS.get(found.get(i).canonicalEn());
      assertThat(m.resolution()).as("resolution of '%s' at %d", m.text(), m.start()).isNotNull();
      assertThat(m.resolution().id()).as("'%s' at %d", m.text(), m.start()).isEqualTo(expected);
      assertThat(m.resolution().provisional()).isFalse();
    }
    assertThat(found.stream().map(GoldMentions.Found::canonicalEn).distinct()).containsExactlyInAnyOrderElementsOf(REFERENCE_IDS.keySet());
  }

  @Test
  void stripsProcliticsAndTheFusedArticle() {
    String text = "قال مصدر للمرصد السوري لحقوق الإنسان إن غارات استهدفت مقرات لجيش الإسلام وبحركة أحرار الشام";
    Mention observatory = mention(text, "للمرصد السوري لحقوق الإنسان", "MEDIA");
    Mention jaysh = mention(text, "لجيش الإسلام", "ARMED_GROUP");
    Mention ahrar = mention(text, "وبحركة أحرار الشام", "ARMED_GROUP");
    List<Mention> out = link(text, observatory, jaysh, ahrar);
    assertThat(ids(out))
        .containsExactly("actor:syrian-observatory-for-human-rights", "actor:jaysh-al-islam", "actor:ahrar-al-sham");
  }

  @Test
  void dropsAHeadWordTheKnowledgeBaseNameLacksAndATrailingNationality() {
    String text = "وشاركت ميليشيا حزب الله اللبناني وميليشيا لواء فاطميون الأفغانية في الهجوم";
    List<Mention> out =
        link(text, mention(text, "ميليشيا حزب الله اللبناني", "ARMED_GROUP"), mention(text, "ميليشيا لواء فاطميون الأفغانية", "ARMED_GROUP"));
    assertThat(ids(out)).containsExactly("actor:hezbollah", "actor:liwa-fatemiyoun");
  }

  @Test
  void matchesSpellingVariantsByEditDistance() {
    String text = "أعلن لواء ذوالفقار وجبهة فتح الشّام عن هجوم";
    List<Mention> out = link(text, mention(text, "لواء ذوالفقار", "ARMED_GROUP"), mention(text, "جبهة فتح الشّام", "ARMED_GROUP"));
    assertThat(ids(out)).containsExactly("actor:liwa-dhu-al-fiqar", "actor:fatah-al-sham-front");
    assertThat(out.get(0).resolution().score()).isLessThan(out.get(1).resolution().score());
  }

  @Test
  void matchesLatinSpellings() {
    assertThat(KB.lookup("Jaish al-Islam")).extracting(ActorRecord::id).containsExactly("jaysh-al-islam");
    assertThat(KB.lookup("Hayat Tahrir al-Sham")).extracting(ActorRecord::id).containsExactly("hayat-tahrir-al-sham");
    assertThat(KB.lookup("Jabhat Fatah al-Sham")).extracting(ActorRecord::id).containsExactly("fatah-al-sham-front");
    assertThat(KB.lookup("Zahran Aloush")).extracting(ActorRecord::id).containsExactly("zahran-alloush");
  }

  @Test
  void aShortFormRefersBackToTheGroupNamedBefore() {
    String text = "تبنى تنظيم داعش التفجير، وقال التنظيم إن عناصره نفذوا الهجوم، فيما نفت حركة نور الدين الزنكي ذلك وقالت الحركة إنها لم تشارك";
    List<Mention> out =
        link(
            text,
            mention(text, "داعش", "ARMED_GROUP"),
            mention(text, "التنظيم", "ARMED_GROUP"),
            mention(text, "حركة نور الدين الزنكي", "ARMED_GROUP"),
            mention(text, "الحركة", "ARMED_GROUP"));
    assertThat(ids(out))
        .containsExactly("actor:islamic-state", "actor:islamic-state", "actor:nour-al-din-al-zenki", "actor:nour-al-din-al-zenki");
  }

  @Test
  void theLastWordOfAGroupNamedBeforeIsThatGroup() {
    String text = "سيطرت فصائل الجيش السوري الحر على قرى جديدة، وقالت فصائل الحر إنها تتقدم";
    int second = text.lastIndexOf("الحر");
    List<Mention> out =
        link(
            text,
            mention(text, "الجيش السوري الحر", "ARMED_GROUP"),
            new Mention(second, second + 4, "الحر", "ARMED_GROUP", 1.0, "test", null));
    assertThat(ids(out)).containsExactly("actor:free-syrian-army", "actor:free-syrian-army");
  }

  @Test
  void aMiscWordIsNoShortFormOfAGroupWhoseNameEndsWithIt() {
    String text = "قاتلت ميليشيا حزب الله في القصير، وقال الخطيب إن الله ناصر المؤمنين";
    int misc = text.lastIndexOf("الله");
    List<Mention> out =
        link(
            text,
            mention(text, "حزب الله", "ARMED_GROUP"),
            new Mention(misc, misc + 4, "الله", "MISC", 1.0, "test", null));
    assertThat(out.get(0).resolution().id()).isEqualTo("actor:hezbollah");
    assertThat(out.get(1).resolution()).satisfiesAnyOf(
        r -> assertThat(r).isNull(), r -> assertThat(r.id()).isNotEqualTo("actor:hezbollah"));
  }

  @Test
  void aFamilyNameAfterTheFullNameIsTheSamePerson() {
    String text = "قتل القائد زهران علوش في غارة، وكان علوش قد أسس جيش الإسلام";
    List<Mention> out = link(text, mention(text, "زهران علوش", "PERSON"), mention(text, "علوش", "PERSON"));
    assertThat(ids(out)).containsExactly("actor:zahran-alloush", "actor:zahran-alloush");
  }

  @Test
  void unknownNamesGetTheSameProvisionalIdInEveryDocument() {
    String first = "قال القيادي أبو خالد الحوراني إن الهجوم فشل، وأضاف الحوراني أن";
    String second = "ونقل عن أبي خالد الحوراني قوله";
    List<Mention> a = link(first, mention(first, "أبو خالد الحوراني", "PERSON"), mention(first, "الحوراني", "PERSON"));
    List<Mention> b = link(second, mention(second, "أبي خالد الحوراني", "PERSON"));
    assertThat(a.get(0).resolution().provisional()).isTrue();
    assertThat(a.get(0).resolution().id()).startsWith("provisional:").isEqualTo(a.get(1).resolution().id());
    assertThat(b.get(0).resolution().id()).isEqualTo(a.get(0).resolution().id());
  }

  @Test
  void genericCollectivesAndPlacesAreLeftUnresolved() {
    String text = "اشتبكت المجموعات المسلحة مع الجيش في حمص";
    List<Mention> out = link(text, mention(text, "المجموعات المسلحة", "ARMED_GROUP"), mention(text, "حمص", "CITY"));
    assertThat(out).extracting(Mention::resolution).containsOnlyNulls();
  }

  @Test
  void aShortFormAfterAGroupNamedOnlyInLatinScriptStillLinks() {
    String text = "أعلنت مجموعة Zeta Brigade مسؤوليتها، وقال التنظيم إن عناصره انسحبوا";
    List<Mention> out =
        link(text, mention(text, "Zeta Brigade", "ARMED_GROUP"), mention(text, "التنظيم", "ARMED_GROUP"));
    assertThat(out.get(0).resolution().provisional()).isTrue();
    assertThat(out.get(0).resolution().nameAr()).isNull();
    assertThat(out.get(1).resolution().id()).isEqualTo(out.get(0).resolution().id());
  }

  private static List<Mention> link(String text, Mention... mentions) {
    return LINKER.link(GoldMentions.document("t", text, List.of(mentions))).mentions();
  }

  private static List<String> ids(List<Mention> mentions) {
    return mentions.stream().map(Mention::resolution).map(r -> r == null ? "null" : r.id()).toList();
  }

  private static Mention mention(String text, String surface, String type) {
    int at = text.indexOf(surface);
    assertThat(at).as("'%s' in test text", surface).isNotNegative();
    return new Mention(at, at + surface.length(), surface, type, 1.0, "test", null);
  }
}
