package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.assessment.Assessor;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.HtmlReport;
import io.airshield.report.ReportData;
import io.airshield.scenario.EmbeddedScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path tmp;
  static WebServer server;
  static ChromeDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(DRIVER),
        "no /usr/bin/chromedriver: install"
            + " Debian's chromium and chromium-driver (as .ci/run does) to run the browser tests");
    Files.createDirectories(SHOTS);
    server = WebServer.start(new WebServer.Options("127.0.0.1", 0, null, tmp.resolve("sc"), 2, 2));
    base = "http://127.0.0.1:" + server.port();
    final ChromeOptions o = new ChromeOptions();
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      o.setBinary("/usr/bin/chromium");
    }
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
            "chart-losses",
            "chart-intercept",
            "chart-sorties",
            "map")) {
      assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
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

  @Test
  @Order(6)
  void reportOpensOfflineWithNoRequest() throws Exception {
    final var s = EmbeddedScenarios.load("korea-1951-autumn");
    final Theatre th = new Theatre(s.withEnd(s.start().plusDays(3)));
    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(1951, 16, 2), null, null, null);
    final Path dir = tmp.resolve("report");
    final Path index =
        HtmlReport.write(ReportData.of(th, r, Assessor.assess(th, r, 1951)), dir, "");
    driver.get(index.toUri().toString());
    waitFor(10).until(d -> "complete".equals(js("return document.readyState")));
    final long resources =
        ((Number) js("return performance.getEntriesByType('resource')" + ".length")).longValue();
    assertThat(resources).as("requests made by the report").isZero();
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("svg.chart"))).hasSize(6);
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
}
