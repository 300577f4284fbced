package org.rasd.nlp.facts.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeNormalizerTest {

  private static final Path EXAMPLES =
      Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples");

  private final TimeNormalizer normalizer = new TimeNormalizer();

  private static String article(String name) throws IOException {
    return Files.readString(EXAMPLES.resolve(name));
  }

  /** The expression whose original text is exactly {@code phrase}; fails if there is none. */
  private static TimeExpression expression(List<TimeExpression> found, String phrase) {
    return found.stream()
        .filter(e -> e.text().equals(phrase))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time expression '" + phrase + "' in " + found));
  }

  private static void assertTime(
      List<TimeExpression> found, String phrase, String value, TimePrecision precision, boolean relative) {
    TimeValue t = expression(found, phrase).time();
    assertThat(t.value()).as(phrase).isEqualTo(value);
    assertThat(t.precision()).as(phrase).isEqualTo(precision);
    assertThat(t.relative()).as(phrase).isEqualTo(relative);
  }

  @Test
  void referenceArticleTimes() throws IOException {
    String text = article("orient-ghouta-militias.ar.txt");
    List<TimeExpression> found = normalizer.find(text, "2016-05");
    assertTime(found, "2014", "2014", TimePrecision.YEAR, false);
    assertTime(found, "عام 2013", "2013", TimePrecision.YEAR, false);
    assertTime(found, "شهر حزيران 2013", "2013-06", TimePrecision.MONTH, false);
    TimeExpression end = expression(found, "بنهاية 2013");
    assertThat(end.time()).isEqualTo(new TimeValue("2013", TimePrecision.PART_OF_YEAR, TimeQualifier.END, false));
    // "a few days before" a publication known only to the month stays at the month
    assertTime(found, "قبل أيام", "2016-05", TimePrecision.MONTH, true);
    // offsets point into the original text
    found.forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
    // unit numbers are not years: اللواء 39
    assertThat(found).noneMatch(e -> e.text().contains("39"));
    assertThat(found).hasSize(5);
  }

  @Test
  void daysAndWeekdaysAgainstAFullDate() throws IOException {
    List<TimeExpression> found = normalizer.find(article("dev/alaraby-qamishli-carbomb-2019.ar.txt"), "2019-10-11");
    assertTime(found, "11 أكتوبر 2019", "2019-10-11", TimePrecision.DAY, false);
    assertTime(found, "اليوم الجمعة", "2019-10-11", TimePrecision.DAY, true);
    assertTime(found, "يوم أمس الخميس", "2019-10-10", TimePrecision.DAY, true);
    // a GUID in the page is no year
    assertThat(found).noneMatch(e -> e.text().contains("4257"));
  }

  @Test
  void lastWeekdayAndYesterday() throws IOException {
    assertTime(normalizer.find(article("dev/arabi21-raqqa-division17-2014.ar.txt"), "2014-07-25"),
        "الأربعاء الماضي", "2014-07-23", TimePrecision.DAY, true);
    assertTime(normalizer.find(article("dev/alnadwah-protests-2012.ar.txt"), "2012-03-10"),
        "أمس", "2012-03-09", TimePrecision.DAY, true);
    List<TimeExpression> afrin = normalizer.find(article("dev/microsyria-afrin-2018.ar.txt"), "2018-02-20");
    assertTime(afrin, "20 فبراير، 2018", "2018-02-20", TimePrecision.DAY, false);
    assertTime(afrin, "أمس", "2018-02-19", TimePrecision.DAY, true);
    assertTime(afrin, "الثلاثاء", "2018-02-20", TimePrecision.DAY, true); // "والجيش التركي الثلاثاء، على قرى"
    // "صلاة الجمعة في" and "لمظاهرات الجمعة عبر" name the Friday prayer and a protest day, not a date
    assertThat(normalizer.find(article("dev/alnadwah-protests-2012.ar.txt"), "2012-03-10"))
        .extracting(TimeExpression::text)
        .containsExactly("أمس", "2011");
  }

  @Test
  void monthsWithoutYearAndPartsOfLastYear() throws IOException {
    List<TimeExpression> found = normalizer.find(article("dev/enabbaladi-zenki-merger-2018.ar.txt"), "2018-02-10");
    assertTime(found, "السبت 10 شباط", "2018-02-10", TimePrecision.DAY, true);
    assertTime(found, "تموز 2017", "2017-07", TimePrecision.MONTH, false);
    assertTime(found, "الشهر الماضي", "2018-01", TimePrecision.MONTH, true);
    assertTime(found, "كانون الأول الماضي", "2017-12", TimePrecision.MONTH, true);
    assertTime(found, "2016 الماضي", "2016", TimePrecision.YEAR, false);
    assertThat(expression(found, "نهاية العام الماضي").time())
        .isEqualTo(new TimeValue("2017", TimePrecision.PART_OF_YEAR, TimeQualifier.END, true));
  }

  @Test
  void dayOfTheCurrentAndTheLastMonth() throws IOException {
    List<TimeExpression> found = normalizer.find(article("dev/zamanalwasl-southern-storm-2015.ar.txt"), "2015-06");
    assertTime(found, "يوم الأحد 28 الجاري", "2015-06-28", TimePrecision.DAY, true);
    assertTime(found, "22 أيار/مايو الفائت", "2015-05-22", TimePrecision.DAY, true);
  }

  @Test
  void morningOfTodayAndSinceDays() throws IOException {
    List<TimeExpression> found = normalizer.find(article("dev/tasnim-homs-old-city-2014.ar.txt"), "2014-05-07");
    assertTime(found, "صباح اليوم الأربعاء", "2014-05-07", TimePrecision.DAY, true);
    assertTime(found, "منذ أيام", "2014-04-28", TimePrecision.WEEK, true);
    assertTime(found, "منذ أكثر من سنة", "2013", TimePrecision.YEAR, true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقع الهجوم في 15 آذار 2013 على البلدة|15 آذار 2013|2013-03-15|DAY|",
        "وقع الهجوم في ١٥ آذار ٢٠١٣ على البلدة|١٥ آذار ٢٠١٣|2013-03-15|DAY|",
        "بتاريخ 2013/3/15 دخلت القوات|2013/3/15|2013-03-15|DAY|",
        "بتاريخ 15-3-2013 دخلت القوات|15-3-2013|2013-03-15|DAY|",
        "في 15 مارس/آذار 2013 أعلن الفصيل|15 مارس/آذار 2013|2013-03-15|DAY|",
        "تشكل اللواء في تشرين الثاني 2012|تشرين الثاني 2012|2012-11|MONTH|",
        "انسحب التنظيم في يناير 2015|يناير 2015|2015-01|MONTH|",
        "بدأ الحصار مطلع 2014|مطلع 2014|2014|PART_OF_YEAR|START",
        "وصلت التعزيزات في أواخر 2013|أواخر 2013|2013|PART_OF_YEAR|END",
        "اندلعت المعارك منتصف حزيران 2013|منتصف حزيران 2013|2013-06|PART_OF_MONTH|MID",
        "تأسس الفصيل في العام 2012 بريف حلب|العام 2012|2012|YEAR|",
      })
  void absoluteExpressions(String sentence, String phrase, String value, TimePrecision precision, TimeQualifier qualifier) {
    List<TimeExpression> found = normalizer.find(sentence, null);
    assertThat(found).hasSize(1);
    TimeExpression e = expression(found, phrase);
    assertThat(e.time()).isEqualTo(new TimeValue(value, precision, qualifier, false));
    assertThat(sentence.substring(e.start(), e.end())).isEqualTo(phrase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "قتل ثلاثة مدنيين قبل يومين في القصف|قبل يومين|2016-05-10|DAY",
        "يحاصر النظام البلدة منذ ثلاثة أشهر|منذ ثلاثة أشهر|2016-02|MONTH",
        "انسحب المقاتلون قبل 5 سنوات من المدينة|قبل 5 سنوات|2011|YEAR",
        "اعتقلت قوات الأمن العشرات الأسبوع الماضي|الأسبوع الماضي|2016-05-02|WEEK",
        "خرجت مظاهرات يوم الجمعة في درعا|يوم الجمعة|2016-05-06|DAY",
        "يبدأ تطبيق الاتفاق يوم الأحد المقبل|يوم الأحد المقبل|2016-05-15|DAY",
        "تم الاتفاق في آب الماضي على الهدنة|آب الماضي|2015-08|MONTH",
        "سيطرت الفصائل على التلة العام الماضي|العام الماضي|2015|YEAR",
        "قصفت الطائرات المدينة أول من أمس|أول من أمس|2016-05-10|DAY",
        "وصلت القافلة مساء أمس إلى البلدة|مساء أمس|2016-05-11|DAY",
        "قصفت الطائرات البلدة الخميس الماضي|الخميس الماضي|2016-05-05|DAY",
        "خرجت مظاهرات يوم الخميس في المدينة|يوم الخميس|2016-05-12|DAY",
        "تصاعد القصف منذ بداية العام على المدينة|بداية العام|2016|PART_OF_YEAR",
        "وصلت التعزيزات منتصف الشهر إلى المطار|منتصف الشهر|2016-05|PART_OF_MONTH",
      })
  void relativeExpressionsAgainstAPublicationDay(String sentence, String phrase, String value, TimePrecision precision) {
    // 2016-05-12 is a Thursday
    List<TimeExpression> found = normalizer.find(sentence, "2016-05-12");
    assertThat(found).hasSize(1);
    TimeValue t = expression(found, phrase).time();
    assertThat(t.value()).isEqualTo(value);
    assertThat(t.precision()).isEqualTo(precision);
    assertThat(t.relative()).isTrue();
  }

  @Test
  void relativeExpressionsNeedAPublicationDate() {
    assertThat(normalizer.find("قتل ثلاثة مدنيين أمس في القصف", null)).isEmpty();
    assertThat(normalizer.find("قتل ثلاثة مدنيين أمس في القصف", "not a date")).isEmpty();
  }

  @Test
  void relativeDayAgainstAMonthOnlyDateStaysAtTheMonth() {
    TimeValue t = normalizer.find("قتل ثلاثة مدنيين أمس في القصف", "2017-12").get(0).time();
    assertThat(t).isEqualTo(new TimeValue("2017-12", TimePrecision.MONTH, null, true));
  }

  @Test
  void nonTimesAreIgnored() {
    assertThat(normalizer.find("سيطر التنظيم على الفرقة 17 واللواء 93 قبل كل شيء", "2014-07-25"))
        .isEmpty();
    assertThat(normalizer.find("قال أحد القادة إن الأب مارس الضغط على ابنه", "2014-07-25")).isEmpty();
    assertThat(normalizer.find("تاريخ مستحيل 31/2/2013 في النص", null)).isEmpty();
  }
}
