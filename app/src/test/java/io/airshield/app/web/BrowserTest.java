package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.assessment.Assessor;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.formation.FormationExport;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.FormationResult;
import io.airshield.formation.PlanReader;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.HtmlReport;
import io.airshield.report.ReportData;
import io.airshield.scenario.EmbeddedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them, in headless Chromium (Debian's chromium and chromium-driver,
 * installed by .ci/run): each page loads, a small assessment runs to the end, a layer toggles, the
 * replay scrubs and plays, an error typed in the editor shows at its line, and the report opens
 * with no network request. Screenshots go to target/screenshots/ for review. Timings are printed,
 * with loose bounds only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path tmp;
  static WebServer server;
  static ChromeDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    // never skipped: a machine without Chromium fails here, saying what to install, so that a
    // green build always means the pages were looked at
    if (!Files.isExecutable(DRIVER) || !Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "the browser tests need headless Chromium and its driver: "
              + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " is missing; ")
              + (Files.isExecutable(DRIVER) ? "" : DRIVER + " is missing; ")
              + "install them with `sudo apt-get install chromium chromium-driver` (Debian,"
              + " as .ci/run does) and run the tests again");
    }
    Files.createDirectories(SHOTS);
    server =
        WebServer.start(
            WebServer.Options.loopback(tmp.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(2, 2));
    base = "http://127.0.0.1:" + server.port();
    final ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
    // the console's errors, read after each page (noConsoleErrors)
    o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + tmp.resolve("profile"));
    final ChromeDriverService svc =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(svc, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static WebDriverWait waitFor(final int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  static Object js(final String script, final Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void shot(final String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static void ready() {
    waitFor(30).until(d -> "1".equals(js("return document.body.dataset.ready")));
  }

  @Test
  @Order(1)
  void mapPageDrawsTheScenarioAndTogglesALayer() throws Exception {
    driver.get(base + "/");
    ready();
    final double drawnMs =
        ((Number) js("return performance.getEntriesByName('map-drawn')[0]" + ".startTime"))
            .doubleValue();
    System.out.printf("[measure] map page interactive (map-drawn mark) after %.0f ms%n", drawnMs);
    assertThat(drawnMs).isLessThan(20_000);
    assertThat(driver.findElement(By.id("title")).getText()).contains("Korea");
    assertThat(driver.findElements(By.cssSelector("path.rail"))).hasSizeGreaterThanOrEqualTo(4);
    final int rings = driver.findElements(By.cssSelector("path.radar-ring")).size();
    assertThat(rings).isPositive();
    shot("map");
    final WebElement radars =
        driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
            .filter(l -> l.getText().contains("Radars"))
            .findFirst()
            .orElseThrow();
    radars.findElement(By.tagName("input")).click();
    assertThat(driver.findElements(By.cssSelector("path.radar-ring"))).isEmpty();
    radars.findElement(By.tagName("input")).click();
    assertThat(driver.findElements(By.cssSelector("path.radar-ring"))).hasSize(rings);
  }

  @Test
  @Order(2)
  void runPageRunsASmallAssessmentToTheEnd() throws Exception {
    driver.get(base + "/run.html");
    waitFor(10).until(d -> !d.findElements(By.cssSelector("#scenario option")).isEmpty());
    final WebElement reps = driver.findElement(By.id("reps"));
    reps.clear();
    reps.sendKeys("24");
    driver.findElement(By.id("days")).sendKeys("4");
    driver.findElement(By.id("start")).click();
    waitFor(60).until(d -> "1".equals(js("return document.body.dataset.result")));
    assertThat(driver.findElement(By.id("status")).getText()).contains("done: 24 / 24");
    assertThat(driver.findElement(By.id("headline")).getText()).contains("Supply delivered");
    for (String id :
        List.of(
            "chart-supply",
            "chart-daily-supply",
            "chart-daily-lines",
            "chart-line-daily",
            "chart-losses",
            "chart-intercept",
            "chart-sorties",
            "map")) {
      assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
    // what the text report shows: the weakest points with their reasons, per-unit figures
    for (String id : List.of("figures", "weakest", "lines", "points", "units", "daily")) {
      assertThat(driver.findElements(By.cssSelector("#" + id + " tbody tr")))
          .as(id + " rows")
          .isNotEmpty();
    }
    assertThat(driver.findElement(By.cssSelector("#weakest tbody tr td:last-child")).getText())
        .isNotBlank();
    assertThat(driver.findElement(By.id("results")).getText()).doesNotContain("e+");
    shot("run");
    // cancel: a long run stops early and still shows what it has
    final WebElement r2 = driver.findElement(By.id("reps"));
    r2.clear();
    r2.sendKeys("20000");
    driver.findElement(By.id("start")).click();
    waitFor(20).until(d -> d.findElement(By.id("cancel")).isEnabled());
    driver.findElement(By.id("cancel")).click();
    waitFor(60).until(d -> d.findElement(By.id("status")).getText().startsWith("cancelled"));
  }

  @Test
  @Order(3)
  void runsPageListsTheRuns() throws Exception {
    driver.get(base + "/runs.html");
    waitFor(10).until(d -> d.findElements(By.cssSelector("#runs tbody tr a")).size() >= 2);
    assertThat(driver.findElement(By.id("runs")).getText())
        .contains("korea-1951-autumn")
        .contains("done");
    shot("runs");
  }

  @Test
  @Order(4)
  void replayScrubsAndPlaysADay() throws Exception {
    driver.get(base + "/replay.html");
    ready();
    final WebElement slider = driver.findElement(By.id("time"));
    js("arguments[0].value = 43200; arguments[0].dispatchEvent(new Event('input'));", slider);
    assertThat(driver.findElement(By.id("clock")).getText()).contains("12:00");
    assertThat(driver.findElements(By.cssSelector("#log li"))).isNotEmpty();
    // the timeline: a click on an attack moves the replay to it, where the raid's track shows
    final WebElement attack = driver.findElement(By.cssSelector("#timeline .tick-attack"));
    final String when = attack.getDomAttribute("title").substring(0, 5);
    js("arguments[0].click();", attack);
    assertThat(driver.findElement(By.id("clock")).getText()).endsWith(when);
    assertThat(((Number) js("return window.replayTrails")).intValue()).isPositive();
    // and a click on a line of the log
    final WebElement first = driver.findElement(By.cssSelector("#log li"));
    final String at = first.getText().substring(0, 5);
    first.click();
    assertThat(driver.findElement(By.id("clock")).getText()).endsWith(at);
    shot("replay");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("speed")))
        .selectByValue("5");
    js("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'));", slider);
    driver.findElement(By.id("play")).click();
    waitFor(40).until(d -> Boolean.TRUE.equals(js("return window.replayStats.finished")));
    @SuppressWarnings("unchecked")
    final Map<String, Object> st = (Map<String, Object>) js("return window.replayStats");
    final double frames = ((Number) st.get("frames")).doubleValue();
    final double ms = ((Number) st.get("ms")).doubleValue();
    final double fps = frames / Math.max(1e-9, ms / 1000);
    System.out.printf(
        "[measure] replay of a full day: %.0f frames in %.0f ms = %.1f frames/s%n",
        frames, ms, fps);
    assertThat(fps).isGreaterThan(5);
    assertThat(driver.findElement(By.id("clock")).getText()).contains("23:59");
  }

  @Test
  @Order(5)
  void editorShowsAnErrorAtItsLine() throws Exception {
    driver.get(base + "/editor.html");
    ready();
    waitFor(10).until(d -> d.findElement(By.id("verdict")).getText().contains("No problems"));
    final WebElement ta = driver.findElement(By.id("yaml"));
    // type an unknown field at the start of line 3, as a person would
    ta.click();
    ta.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
    ta.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.HOME);
    ta.sendKeys("bogusField: 1" + Keys.ENTER);
    waitFor(10).until(d -> d.findElement(By.id("verdict")).getText().contains("problem(s)"));
    final WebElement mark = driver.findElement(By.cssSelector("#gutter div.err"));
    assertThat(mark.getDomAttribute("data-line")).isEqualTo("3");
    assertThat(mark.getDomAttribute("title")).isNotEmpty();
    assertThat(driver.findElement(By.id("problems")).getText())
        .contains("line 3")
        .contains("bogusField");
    shot("editor");
  }

  static ReportData reportData;
  static Path reportIndex;

  /** A small assessment's report folder, written once. */
  static Path report() throws Exception {
    if (reportIndex == null) {
      final var s = EmbeddedScenarios.load("korea-1951-autumn");
      final Theatre th = new Theatre(s.withEnd(s.start().plusDays(3)));
      final MonteCarlo.Result r =
          MonteCarlo.run(
              th, GreedyAllocator::new, MonteCarlo.Options.fixed(1951, 16, 2), null, null, null);
      reportData = ReportData.of(th, r, Assessor.assess(th, r, 1951));
      reportIndex = HtmlReport.write(reportData, tmp.resolve("report"), "");
    }
    return reportIndex;
  }

  @Test
  @Order(6)
  void reportOpensOfflineWithNoRequest() throws Exception {
    final Path index = report();
    driver.get(index.toUri().toString());
    waitFor(10).until(d -> "complete".equals(js("return document.readyState")));
    final long resources =
        ((Number) js("return performance.getEntriesByType('resource')" + ".length")).longValue();
    assertThat(resources).as("requests made by the report").isZero();
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("svg.chart"))).hasSize(7);
    assertThat(driver.findElement(By.id("headline")).getText()).contains("t/day");
    shot("report");
  }

  @Test
  @Order(7)
  void runPageRanksAReinforcementPoolAndShowsTheBestPlansMap() throws Exception {
    driver.get(base + "/run.html");
    waitFor(10).until(d -> !d.findElements(By.cssSelector("#scenario option")).isEmpty());
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("scenario")))
        .selectByValue("northeast-1952-spring");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind")))
        .selectByValue("reinforce");
    assertThat(driver.findElement(By.id("reps")).isDisplayed()).isFalse();
    final WebElement max = driver.findElement(By.id("maxreps"));
    max.clear();
    max.sendKeys("8");
    driver.findElement(By.id("request")).click();
    driver.findElement(By.id("start")).click();
    waitFor(60).until(d -> "1".equals(js("return document.body.dataset.result")));
    assertThat(driver.findElement(By.id("headline")).getText()).startsWith("Selected: ");
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("#layer-reinforcement g.reinforcement")))
        .hasSize(2);
    assertThat(driver.findElement(By.id("chart-gain")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("#plans tbody tr"))).hasSizeGreaterThan(1);
    assertThat(driver.findElements(By.cssSelector("#lines tbody tr"))).isNotEmpty();
    assertThat(driver.findElement(By.id("lines")).getText()).contains("Gain, points");
    assertThat(driver.findElement(By.id("request-text")).getText()).contains("2. The request.");
    shot("reinforce-run");
  }

  @Test
  @Order(8)
  void runPageTakesTheUsersOwnPoolAndShowsItsProblemsWithTheirPlaces() throws Exception {
    driver.get(base + "/run.html?kind=reinforce&scenario=northeast-1952-spring");
    waitFor(10).until(d -> !d.findElements(By.cssSelector("#scenario option")).isEmpty());
    assertThat(driver.findElement(By.id("poolbox")).isDisplayed()).isTrue();
    driver.findElement(By.cssSelector("#poolbox summary")).click();
    driver.findElement(By.id("loadpool")).click();
    waitFor(10)
        .until(
            d ->
                String.valueOf(js("return document.getElementById('pool').value"))
                    .contains("format: airshield-pool/1"));
    js(
        "const p = document.getElementById('pool');"
            + " p.value = p.value.replace('stations: [liaoyang,', 'stations: [liaoyangg,');");
    driver.findElement(By.id("start")).click();
    waitFor(10).until(d -> !d.findElement(By.id("error")).getText().isEmpty());
    assertThat(driver.findElement(By.id("error")).getText())
        .startsWith("the pool has problems: line ")
        .contains("liaoyangg", "liaoyang");
    shot("reinforce-own-pool-error");
  }

  /** An explore study run from the run page shows its statement and its report's sections. */
  @Test
  @Order(14)
  void runPageRunsAnExploreStudyAndShowsItsReport() throws Exception {
    driver.get(base + "/run.html");
    waitFor(10).until(d -> !d.findElements(By.cssSelector("#scenario option")).isEmpty());
    consoleErrors();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind")))
        .selectByValue("explore");
    assertThat(driver.findElement(By.id("reps")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("maxreps")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("design")).isDisplayed()).isTrue();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("design")))
        .selectByValue("lhs");
    final WebElement reps = driver.findElement(By.id("exreps"));
    reps.clear();
    reps.sendKeys("1");
    final WebElement days = driver.findElement(By.id("days"));
    days.clear();
    days.sendKeys("1");
    driver.findElement(By.id("start")).click();
    waitFor(120).until(d -> "1".equals(js("return document.body.dataset.result")));
    assertThat(driver.findElement(By.id("headline")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("status")).getText()).contains("simulations");
    assertThat(driver.findElements(By.cssSelector("#explore-report h2"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#explore-report svg"))).isNotEmpty();
    assertThat(consoleErrors()).isEmpty();
    shot("explore-run");
  }

  /** A phone's width (CSS px), as issue 18 asks: every page usable at it. */
  static final int PHONE = 390;

  static final int DESKTOP = 1400;

  static void width(final int w) {
    driver.manage().window().setSize(new Dimension(w, 1000));
  }

  /** The console's errors since the last call (reading the log empties it). */
  static List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Whether the page scrolls sideways: a phone user should only ever scroll down. */
  static void noSidewaysScroll(final String what) {
    final Object wide =
        js(
            "const w = window.innerWidth; return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
    final long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    final long inner = ((Number) js("return window.innerWidth")).longValue();
    assertThat(scroll)
        .as("%s: page width %d at a window of %d (too wide: %s)", what, scroll, inner, wide)
        .isLessThanOrEqualTo(inner + 1);
  }

  static long count(final String css) {
    return driver.findElements(By.cssSelector(css)).size();
  }

  /** Labels of the map whose drawn boxes overlap another label's (by more than 1 px each way). */
  static List<String> overlappingLabels() {
    @SuppressWarnings("unchecked")
    final List<String> bad =
        (List<String>)
            js(
                "const t=[...document.querySelectorAll('#map #layer-labels text')];"
                    + "const r=t.map(e=>e.getBoundingClientRect());const bad=[];"
                    + "for(let i=0;i<r.length;i++)for(let j=i+1;j<r.length;j++){"
                    + "const a=r[i],b=r[j];"
                    + "const ox=Math.min(a.right,b.right)-Math.max(a.left,b.left);"
                    + "const oy=Math.min(a.bottom,b.bottom)-Math.max(a.top,b.top);"
                    + "if(ox>1&&oy>1)bad.push(t[i].textContent+' / '+t[j].textContent);}"
                    + "return bad;");
    return bad;
  }

  @Test
  @Order(9)
  void reportAtDesktopAndPhoneWidthShowsEverythingItShould() throws Exception {
    final Path index = report();
    final var a = reportData.assessment();
    final var s = reportData.scenario();
    for (int w : new int[] {DESKTOP, PHONE}) {
      final String at = "report at " + w + " px";
      consoleErrors();
      width(w);
      driver.get(index.toUri().toString());
      waitFor(10).until(d -> "complete".equals(js("return document.readyState")));
      final String text = driver.findElement(By.tagName("body")).getText();
      assertThat(text)
          .as(at)
          .contains(
              "Weakest points",
              "Key points",
              "Day by day",
              "Assumptions and sources",
              "Estimates and their plausible ranges",
              "The model's constants");
      assertThat(count("#weakest tbody tr")).as(at).isEqualTo(a.weakest().size());
      assertThat(count("#points tbody tr")).as(at).isEqualTo(a.keyPoints().size());
      assertThat(count("#daily tbody tr")).as(at).isEqualTo(a.daily().size());
      assertThat(count("#lines tbody tr")).as(at).isEqualTo(a.lines().size());
      assertThat(count("#estimates tbody tr[data-field]")).as(at).isEqualTo(s.estimates().size());
      assertThat(count("#references tbody tr")).as(at).isEqualTo(s.sources().size());
      assertThat(count("#constants tbody tr")).as(at).isGreaterThanOrEqualTo(10);
      // the map names its weakest points, worst first, where a reader sees them
      final List<WebElement> weak =
          driver.findElements(By.cssSelector("#map #layer-labels text.weak-lbl"));
      assertThat(weak).as(at).hasSize(a.weakest().size());
      for (int i = 0; i < weak.size(); i++) {
        assertThat(weak.get(i).getText()).isEqualTo((i + 1) + ". " + a.weakest().get(i).name());
      }
      assertThat(driver.findElement(By.id("legend")).getText()).contains("share of time open");
      assertThat(overlappingLabels()).as(at + ": labels drawn over each other").isEmpty();
      assertThat(text).as(at).doesNotContain("e+0", "-0.0 ", "NaN");
      noSidewaysScroll(at);
      if (w == PHONE) {
        // tables reflow into cards: each cell on its own line, led by its column's heading
        final WebElement cell = driver.findElement(By.cssSelector("#weakest tbody td"));
        assertThat(js("return getComputedStyle(arguments[0]).display", cell)).isEqualTo("flex");
        assertThat(
                String.valueOf(
                    js("return getComputedStyle(arguments[0],'::before').content", cell)))
            .contains("#");
        // the map keeps a legible size and scrolls sideways inside its own frame
        assertThat(driver.findElement(By.id("map")).getRect().getWidth())
            .isGreaterThanOrEqualTo(600);
      }
      assertThat(consoleErrors()).as(at + ": console errors").isEmpty();
      shot("report-" + w);
    }
    width(1400);
  }

  @Test
  @Order(10)
  void ganttAtDesktopAndPhoneWidthNamesPhasesAndDeadlines() throws Exception {
    final FormationPlan plan = PlanReader.embedded("formation-1951");
    final FormationResult r =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(300, 1)).plan(plan);
    final Path svg = tmp.resolve("gantt.svg");
    Files.writeString(svg, FormationExport.svg(r));
    for (int w : new int[] {DESKTOP, PHONE}) {
      final String at = "gantt at " + w + " px";
      consoleErrors();
      width(w);
      driver.get(svg.toUri().toString());
      waitFor(10).until(d -> "complete".equals(js("return document.readyState")));
      final String text = String.valueOf(js("return document.documentElement.textContent"));
      assertThat(text)
          .as(at)
          .contains("Without outside help", "With the least outside help", "Resource profile");
      for (var u : r.withoutHelp().units()) {
        assertThat(text).as(at).contains(u.name(), "deadline ");
        for (var p : u.phases()) {
          assertThat(text).as(at).contains(p.name());
        }
      }
      for (var res : plan.resources()) {
        assertThat(text).as(at).contains(res.name());
      }
      final double drawn =
          ((Number) js("return document.documentElement.getBoundingClientRect().width"))
              .doubleValue();
      final long inner = ((Number) js("return window.innerWidth")).longValue();
      assertThat(drawn).as(at + ": the chart fits the window").isLessThanOrEqualTo(inner);
      assertThat(consoleErrors()).as(at + ": console errors").isEmpty();
      shot("gantt-" + w);
    }
    width(1400);
  }

  @Test
  @Order(11)
  void everyWebPageAtPhoneAndDesktopWidthShowsItsControlsWithoutErrors() throws Exception {
    final Map<String, List<String>> pages =
        Map.of(
            "/", List.of("map", "title"),
            "/run.html", List.of("scenario", "reps", "start"),
            "/runs.html", List.of("runs"),
            "/replay.html", List.of("time", "clock", "play"),
            "/editor.html", List.of("yaml", "verdict"));
    for (int w : new int[] {PHONE, DESKTOP}) {
      for (String page : new java.util.TreeSet<>(pages.keySet())) {
        final String at = page + " at " + w + " px";
        consoleErrors();
        width(w);
        driver.get(base + page);
        waitFor(30).until(d -> "complete".equals(js("return document.readyState")));
        if (List.of("/", "/replay.html", "/editor.html").contains(page)) {
          ready(); // these pages mark when their data is drawn
        } else {
          waitFor(10)
              .until(d -> !d.findElements(By.cssSelector("select option, tbody tr")).isEmpty());
        }
        assertThat(driver.getTitle()).as(at).isNotBlank();
        for (String id : pages.get(page)) {
          final WebElement e = driver.findElement(By.id(id));
          assertThat(e.isDisplayed()).as(at + ": #" + id + " shown").isTrue();
          final Rectangle r = e.getRect();
          assertThat(r.getX() + r.getWidth())
              .as(at + ": #" + id + " inside the window")
              .isLessThanOrEqualTo(w + 1);
        }
        noSidewaysScroll(at);
        assertThat(consoleErrors()).as(at + ": console errors").isEmpty();
        shot("page" + page.replace('/', '-').replace(".html", "") + "-" + w);
      }
    }
    width(1400);
  }

  @Test
  @Order(12)
  void reinforcementReportAtDesktopAndPhoneWidth() throws Exception {
    final Path dir = tmp.resolve("reinforce-report");
    final java.io.StringWriter out = new java.io.StringWriter();
    final int code =
        io.airshield.app.Main.commandLine(
                new java.io.PrintWriter(out), new java.io.PrintWriter(out))
            .execute(
                "reinforce",
                "northeast-1952-spring",
                "--max-replications",
                "8",
                "--request",
                "--report",
                dir.toString());
    assertThat(code).as(out.toString()).isZero();
    for (int w : new int[] {DESKTOP, PHONE}) {
      final String at = "reinforcement report at " + w + " px";
      consoleErrors();
      width(w);
      driver.get(dir.resolve("index.html").toUri().toString());
      waitFor(10).until(d -> "complete".equals(js("return document.readyState")));
      assertThat(driver.findElement(By.id("map")).isDisplayed()).as(at).isTrue();
      assertThat(count("#plans tbody tr")).as(at).isGreaterThan(1);
      assertThat(count("#layer-reinforcement g.reinforcement")).as(at).isPositive();
      assertThat(driver.findElement(By.tagName("body")).getText())
          .as(at)
          .contains("The selection")
          .doesNotContain("e+0", "NaN");
      assertThat(overlappingLabels()).as(at + ": labels drawn over each other").isEmpty();
      noSidewaysScroll(at);
      assertThat(consoleErrors()).as(at + ": console errors").isEmpty();
      shot("reinforce-report-" + w);
    }
    width(1400);
  }

  /**
   * Issue 18: the stored runs of the results database open with their charts and tables, are named
   * and annotated, compared with a chart, and deleted; at phone and desktop width, without console
   * errors.
   */
  @Test
  @Order(13)
  void storedRunsOpenCompareNameAndDelete() throws Exception {
    final Path db = tmp.resolve("stored").resolve("runs.db");
    final String mini = Path.of(BrowserTest.class.getResource("/mini.yaml").toURI()).toString();
    for (String seed : new String[] {"1", "2", "3"}) {
      assertThat(
              io.airshield.app.Main.commandLine(
                      new java.io.PrintWriter(new java.io.StringWriter()),
                      new java.io.PrintWriter(new java.io.StringWriter()))
                  .execute(
                      "assess",
                      mini,
                      "--replications",
                      "8",
                      "--seed",
                      seed,
                      "-q",
                      "--no-report",
                      "--store",
                      db.toString()))
          .isZero();
    }
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(tmp.resolve("sc4"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1)
                .withStore(db))) {
      final String at = "http://127.0.0.1:" + s.port();
      for (int w : new int[] {PHONE, DESKTOP}) {
        width(w);
        consoleErrors();
        driver.get(at + "/runs.html");
        ready();
        assertThat(count("#stored tbody tr")).isEqualTo(3);
        assertThat(driver.findElement(By.cssSelector("#stored tbody tr .run-headline")).getText())
            .matches("supply [0-9,]+ t/day");
        driver.findElement(By.cssSelector("#stored tbody tr:last-child .open-stored")).click();
        waitFor(60)
            .until(
                d ->
                    "1"
                        .equals(
                            js("return document.getElementById('stored-view')" + ".dataset.open")));
        assertThat(driver.findElement(By.id("stored-headline")).getText())
            .contains("Supply delivered");
        assertThat(count("#stored-view svg.chart")).isGreaterThan(2);
        assertThat(count("#stored-view svg.map")).isEqualTo(1);
        assertThat(count("#stored-view #weakest tbody tr")).isPositive();
        assertThat(count("#stored-view #units tbody tr")).isPositive();
        noSidewaysScroll("stored run at " + w);
        shot("stored-run-" + w);
        assertThat(consoleErrors()).as("stored run at " + w).isEmpty();
      }
      // name and annotate run 1; the list shows the name
      final WebElement name = driver.findElement(By.id("label-name"));
      name.clear();
      name.sendKeys("baseline");
      driver.findElement(By.id("label-note")).sendKeys("before the MiG regiment arrives");
      driver.findElement(By.cssSelector(".label-form button")).click();
      waitFor(10).until(d -> d.findElement(By.id("label-saved")).getText().equals("Saved."));
      assertThat(
              js(
                  "return document.querySelector('#stored tbody tr:last-child .run-name')"
                      + ".textContent"))
          .isEqualTo("baseline");
      // compare: a chart and a table of every figure
      final org.openqa.selenium.support.ui.Select first =
          new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("cmp-a")));
      first.selectByIndex(first.getOptions().size() - 1);
      driver.findElement(By.id("compare")).click();
      waitFor(30)
          .until(
              d ->
                  "1"
                      .equals(
                          js("return document.getElementById('compare-view')" + ".dataset.done")));
      assertThat(driver.findElement(By.cssSelector("#compare-view h3")).getText())
          .contains("minus run 1 \"baseline\"");
      assertThat(count("#compare-view svg.compare-chart circle")).isPositive();
      assertThat(count("#compare tbody tr")).isPositive();
      shot("stored-compare");
      // delete the newest, after saying yes
      driver.findElement(By.cssSelector("#stored tbody tr:first-child .delete-stored")).click();
      driver.switchTo().alert().accept();
      waitFor(10)
          .until(
              d ->
                  d.findElements(By.cssSelector("#stored tbody tr")).size() == 2
                      || !d.findElement(By.id("stored-error")).getText().isEmpty());
      assertThat(driver.findElement(By.id("stored-error")).getText()).isEmpty();
      assertThat(count("#stored tbody tr")).isEqualTo(2);
      assertThat(consoleErrors()).as("stored runs").isEmpty();
    } finally {
      width(DESKTOP);
    }
  }
}
