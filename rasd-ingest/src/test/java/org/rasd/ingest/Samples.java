package org.rasd.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Test inputs written for these tests (short neutral Arabic sentences of our own). */
public final class Samples {

  public static final String TITLE = "افتتاح مدرسة جديدة في حمص";
  public static final String SENTENCE_1 = "أعلن المجلس المحلي في مدينة حمص افتتاح مدرسة جديدة يوم الأحد.";
  public static final String SENTENCE_2 = "وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب في العام الدراسي المقبل.";
  public static final String SENTENCE_3 = "وشهدت المدينة أمطاراً غزيرة خلال الأسبوع الماضي.";

  /** A plain-text article: headline line, blank line, two paragraphs. */
  public static final String ARTICLE_TEXT = TITLE + "\n\n" + SENTENCE_1 + "\n" + SENTENCE_2 + "\n";

  /** A news page: site header, navigation, scripts, share buttons, related links, aside, footer. */
  public static final String NEWS_PAGE =
      """
      <!DOCTYPE html>
      <html lang="ar-SY" dir="rtl">
      <head>
      <meta charset="utf-8">
      <title>افتتاح مدرسة جديدة في حمص - موقع التجربة</title>
      <meta property="og:title" content="افتتاح مدرسة جديدة في حمص">
      <meta property="og:site_name" content="موقع التجربة">
      <meta property="article:published_time" content="2024-03-05T10:15:00+03:00">
      <link rel="canonical" href="https://example.org/news/school">
      <style>body { color: black; }</style>
      <script>var label = "نص داخل سكربت";</script>
      </head>
      <body>
      <header class="site-header"><a href="/">الرئيسية</a> <a href="/news">أخبار</a></header>
      <nav><ul><li><a href="/sport">رياضة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
      <div class="layout">
       <article>
        <h1>افتتاح مدرسة جديدة في حمص</h1>
        <div class="share-buttons"><a href="#">شارك على فيسبوك</a> <a href="#">غرّد</a></div>
        <p>أعلن المجلس المحلي في مدينة حمص   افتتاح مدرسة جديدة يوم الأحد.</p>
        <!-- تعليق لا يظهر -->
        <p>وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب<br>في العام الدراسي المقبل.</p>
        <div class="more"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">خبر آخر عن الطقس</a></li></ul></div>
        <form><input type="text" value="ابحث"><button>إرسال</button></form>
       </article>
       <aside><p>الأكثر قراءة</p></aside>
      </div>
      <footer><p>جميع الحقوق محفوظة</p></footer>
      </body>
      </html>
      """;

  public static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0">
      <channel>
        <title>أخبار التجربة</title>
        <link>https://example.org/</link>
        <description>موجز</description>
        <language>ar</language>
        <item>
          <title>افتتاح مدرسة جديدة في حمص</title>
          <link>https://example.org/news/school</link>
          <pubDate>Tue, 05 Mar 2024 07:15:00 GMT</pubDate>
          <description><![CDATA[<p>أعلن المجلس المحلي في مدينة حمص افتتاح مدرسة جديدة يوم الأحد.</p><p>وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب.</p><script>x()</script>]]></description>
        </item>
        <item>
          <title>أمطار غزيرة</title>
          <link>https://example.org/news/rain</link>
          <pubDate>Wed, 06 Mar 2024 08:00:00 +0300</pubDate>
          <description>وشهدت المدينة أمطاراً غزيرة خلال الأسبوع الماضي.</description>
        </item>
        <item>
          <title>عنوان بلا نص</title>
          <link>https://example.org/news/empty</link>
        </item>
      </channel>
      </rss>
      """;

  public static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
        <title>موجز الأخبار</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2024-03-06T08:00:00Z</updated>
        <entry>
          <title>افتتاح مدرسة جديدة في حمص</title>
          <link rel="alternate" href="https://example.org/news/school"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <published>2024-03-05T10:15:00+03:00</published>
          <updated>2024-03-05T12:00:00+03:00</updated>
          <content type="html">&lt;p&gt;أعلن المجلس المحلي في مدينة حمص افتتاح مدرسة جديدة يوم الأحد.&lt;/p&gt;&lt;p&gt;وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب.&lt;/p&gt;</content>
        </entry>
        <entry>
          <title>أمطار غزيرة</title>
          <link rel="alternate" href="https://example.org/news/rain"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
          <updated>2024-03-06T08:00:00Z</updated>
          <summary type="text">وشهدت المدينة أمطاراً غزيرة خلال الأسبوع الماضي.</summary>
        </entry>
      </feed>
      """;

  private Samples() {}

  static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }
}
