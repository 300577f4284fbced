package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.Store;

/**
 * End to end in headless Chromium (Debian's {@code chromium}, driven by Playwright): search an
 * actor, open the article, see the mentions highlighted, follow a place to its map marker, filter
 * the events by type and open one at its highlighted trigger, and
 * check that script payloads in an article never run. Screenshots go to target/screenshots.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  private static Store store;
  private static RasdServer server;
  private static Playwright playwright;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM), "end-to-end browser test skipped: " + CHROMIUM
        + " is missing (apt-get install -y chromium; CI installs it)");
    store = TestStore.create(dir);
    server = RasdServer.start(store, RasdServer.DEFAULT_HOST, 0);
    base = server.url(RasdServer.DEFAULT_HOST);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  /**
   * A fresh page that may reach only the server under test, and that records dialogs and page
   * errors. Without {@code withPolicy} the page ignores the server's Content-Security-Policy, to
   * show that the pages alone keep article text from running.
   */
  private static Page page(List<String> dialogs, boolean withPolicy) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(1280, 900).setLocale("ar").setBypassCSP(!withPolicy));
    context.route("**/*", route -> {
      if (route.request().url().startsWith(base)) {
        route.resume();
      } else {
        route.abort();
      }
    });
    Page page = context.newPage();
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    page.onPageError(e -> dialogs.add("page error: " + e));
    page.onConsoleMessage(m -> {
      if (m.type().equals("error") && !m.text().contains("ERR_FAILED")) {
        dialogs.add("console error: " + m.text());
      }
    });
    return page;
  }

  private static void screenshot(Page page, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void searchAnActorOpenTheArticleAndFollowAPlaceToTheMap() throws Exception {
    List<String> problems = new ArrayList<>();
    Page page = page(problems, true);
    page.navigate(base);
    page.locator("#q").fill("جيش الإسلام");
    page.locator("#q").press("Enter");
    Locator reference = page.locator(".hit a.title", new Page.LocatorOptions().setHasText("على وقع الاقتتال"));
    reference.waitFor();
    assertThat(page.locator(".hit mark").first().textContent()).isIn("جيش", "الإسلام");
    assertThat(page.locator(".entity-chip").first().textContent()).contains("جيش الإسلام");
    assertThat(page.evaluate("getComputedStyle(document.body).direction")).isEqualTo("rtl");
    screenshot(page, "search");

    reference.click();
    page.locator(".article-text .mention").first().waitFor();
    assertThat(page.locator("#title").textContent()).isEqualTo(TestStore.REFERENCE_TITLE);
    assertThat(page.locator(".article-text .mention").count()).isGreaterThan(30);
    Locator group = page.locator("a.mention.t-ARMED_GROUP", new Page.LocatorOptions().setHasText("جيش الإسلام")).first();
    assertThat(group.getAttribute("href")).startsWith("entity.html?id=");
    assertThat(page.locator(".article-text").textContent()).isEqualTo(TestStore.referenceText());
    assertThat(page.evaluate("getComputedStyle(document.querySelector('.article-text')).direction")).isEqualTo("rtl");
    assertThat(page.evaluate("getComputedStyle(document.querySelector('a.mention.t-ARMED_GROUP')).backgroundColor"))
        .isNotEqualTo(page.evaluate("getComputedStyle(document.querySelector('a.mention.t-PERSON')).backgroundColor"));
    assertThat(page.locator("#entities .facts-list li").count()).isPositive();
    screenshot(page, "article");

    page.locator("a.mention", new Page.LocatorOptions().setHasText("دير العصافير")).first().click();
    page.locator("#map .leaflet-marker-icon").waitFor();
    assertThat(page.locator("#name").textContent()).contains("دير العصافير");
    assertThat(page.locator("#documents .hit").count()).isEqualTo(1);
    screenshot(page, "place");

    page.navigate(base + "map.html");
    // Places far from Syria (Iran, Russia) are drawn outside the view; most are inside it.
    page.locator("#map path.leaflet-interactive:not([d='M0 0'])").nth(9).waitFor();
    assertThat(page.locator(".governorate-label").count()).isEqualTo(14);
    page.locator("#map path.event-marker").first().waitFor();
    assertThat(page.locator("#status").textContent()).contains("حدثًا على الخريطة");
    screenshot(page, "map");
    assertThat(problems).isEmpty();
  }

  @Test
  void thePagerOfEventsAndDocumentsStepsBackWithoutReloading() throws Exception {
    List<String> problems = new ArrayList<>();
    Page page = page(problems, true);
    for (String path : List.of("events.html?offset=3", "index.html?offset=1")) {
      page.navigate(base + path);
      Locator previous = page.locator("#pager a", new Page.LocatorOptions().setHasText("السابق"));
      previous.waitFor();
      assertThat(previous.getAttribute("href")).contains("offset=0");
      page.evaluate("window.__samePage = true");
      previous.click();
      page.waitForFunction("() => location.search.includes('offset=0') && !document.querySelector('#pager a')");
      assertThat(page.evaluate("window.__samePage")).isEqualTo(true); // history.pushState, no reload
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void filterTheEventsByTypeAndOpenAnEventAtItsTrigger() throws Exception {
    List<String> problems = new ArrayList<>();
    Page page = page(problems, true);
    page.navigate(base + "events.html");
    Locator rows = page.locator("#events tbody tr");
    rows.first().waitFor();
    assertThat(rows.count()).isGreaterThan(5);
    assertThat(rows.evaluateAll("rs => new Set(rs.map(r => r.dataset.type)).size", null)).isNotEqualTo(1);
    assertThat(page.evaluate("getComputedStyle(document.querySelector('#events')).direction")).isEqualTo("rtl");
    assertThat(page.locator("header nav a.current").textContent()).isEqualTo("الأحداث");
    // Actors are linked by their names, not their ids.
    Locator actor = page.locator("#events tbody td:nth-child(4) a").first();
    assertThat(actor.getAttribute("href")).startsWith("entity.html?id=");
    assertThat(actor.textContent()).matches(".*\\p{IsArabic}.*");
    String actorName = actor.textContent();
    String actorHref = actor.getAttribute("href");

    page.navigate(base + "events.html?" + actorHref.substring(actorHref.indexOf('?') + 1).replace("id=", "entity="));
    page.waitForFunction("name => document.querySelector('#entity-name').value === name", actorName);
    assertThat(rows.count()).isPositive();
    assertThat(rows.evaluateAll("(rs, href) => rs.every(r => r.querySelector(`a[href=\"${href}\"]`))", actorHref)).isEqualTo(true);
    page.navigate(base + "events.html");
    rows.first().waitFor();

    page.locator("#type option[value='Battles']").waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    page.locator("#type").selectOption("Battles");
    page.locator("#filters button").click();
    page.waitForFunction("() => location.search.includes('type=Battles') && document.querySelector('#events tbody tr')"
        + " && [...document.querySelectorAll('#events tbody tr')].every(r => r.dataset.type === 'Battles')");
    assertThat(rows.count()).isPositive();
    assertThat(rows.evaluateAll("rs => rs.every(r => r.querySelector('.badge').textContent === 'معارك')", null)).isEqualTo(true);
    screenshot(page, "events");

    Locator source = page.locator("#events tbody a.source-link").first();
    assertThat(source.getAttribute("href")).matches("doc\\.html\\?id=[0-9a-f]{64}#trigger=\\d+-\\d+");
    source.click();
    Locator trigger = page.locator(".article-text mark.trigger").first();
    trigger.waitFor();
    String text = (String) page.evaluate("async () => (await (await fetch('/api/documents/'"
        + " + new URLSearchParams(location.search).get('id'))).json()).document.text");
    String[] span = page.evaluate("location.hash").toString().replace("#trigger=", "").split("-");
    String marked = String.join("", page.locator(".article-text mark.trigger").allTextContents());
    assertThat(marked).isNotBlank().isEqualTo(text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])));
    assertThat(page.evaluate("(() => { const r = document.querySelector('mark.trigger').getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= innerHeight; })()")).isEqualTo(true);
    // The marks only wrap the text: the article reads the same.
    assertThat(page.locator(".article-text").textContent()).isEqualTo(text);
    // The viewport only: it shows the trigger where the page scrolled to.
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("event-article.png")));
    assertThat(problems).isEmpty();
  }

  @Test
  void theRelationGraphDrawsTheNeighbours() throws Exception {
    List<String> problems = new ArrayList<>();
    Page page = page(problems, true);
    page.navigate(base + "index.html?q=" + java.net.URLEncoder.encode("لواء ذو الفقار", java.nio.charset.StandardCharsets.UTF_8));
    page.locator(".entity-chip").first().click();
    page.locator("#facts table").waitFor();
    assertThat(page.locator("#facts").textContent()).contains("أبو شهد الجبوري");
    page.locator("#graph-link").click();
    page.locator("#status", new Page.LocatorOptions().setHasText("علاقة")).waitFor();
    assertThat(page.locator("#graph canvas").count()).isPositive();
    screenshot(page, "graph");
    assertThat(problems).isEmpty();
  }

  @Test
  void scriptPayloadsInAnArticleNeverRun() throws Exception {
    List<String> dialogs = new ArrayList<>();
    Page page = page(dialogs, false);
    page.navigate(base + "index.html?q=" + java.net.URLEncoder.encode("متحدث", java.nio.charset.StandardCharsets.UTF_8));
    Locator hit = page.locator(".hit a.title").first();
    hit.waitFor();
    assertThat(hit.textContent()).isEqualTo(TestStore.XSS_TITLE);
    hit.click();
    page.locator(".article-text .mention").first().waitFor();
    assertThat(page.locator("#title").textContent()).isEqualTo(TestStore.XSS_TITLE);
    assertThat(page.locator(".article-text").textContent()).isEqualTo(TestStore.XSS_TEXT);
    assertThat(page.locator("#meta").textContent()).contains("Test <b>Outlet</b>");
    page.locator("a.mention.t-PERSON").click();
    page.locator("#name").filter(new Locator.FilterOptions().setHasText("<img")).waitFor();
    page.navigate(base + "timeline.html");
    page.locator(".timeline .bar").first().waitFor();
    page.navigate(base + "events.html");
    page.locator("#events tbody tr").first().waitFor();

    assertThat(page.evaluate("window.__xss")).isNull();
    assertThat(page.locator("img[src='x']").count()).isZero();
    assertThat(page.locator("main script").count()).isZero();
    assertThat(dialogs).isEmpty();
  }
}
