package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its ChromeDriver: one per test class. The driver
 * and browser paths are given, so Selenium Manager never runs (nothing is downloaded); the
 * profile, crash reports and caches stay under target/.
 *
 * <p>Without the two programs the tests are skipped, except under CI ({@code CI=true}), where
 * they fail and say what to install.
 */
final class Browser implements AutoCloseable {

  static final Path TARGET = Path.of(System.getProperty("newsgraph.web.target", "target"));
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("newsgraph.screenshots", TARGET.resolve("screenshots").toString()));

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final List<String> console = new ArrayList<>();
  private int consoleSeen;

  private Browser(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Starts Chromium, or skips the calling test (fails under CI) when it is not installed. */
  static Browser start() {
    Path chromium = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String why =
          "the browser tests need Debian's chromium and chromium-driver ("
              + chromium
              + ", "
              + chromedriver
              + "); install them with 'apt-get install chromium chromium-driver' (.ci/run does)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      assumeTrue(false, why);
    }
    try {
      Path home = TARGET.resolve("chromium-home").toAbsolutePath();
      Files.createDirectories(home);
      Path profile = Files.createTempDirectory(home, "profile-");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(chromedriver.toFile())
              .withEnvironment(
                  Map.of(
                      "XDG_CONFIG_HOME", home.resolve("config").toString(),
                      "XDG_CACHE_HOME", home.resolve("cache").toString()))
              .usingAnyFreePort()
              .build();
      ChromeOptions o = new ChromeOptions();
      o.setBinary(chromium.toFile());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-gpu",
          "--window-size=1280,1000",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--lang=en-US",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      o.setCapability("goog:loggingPrefs", logs);
      ChromeDriver driver = new ChromeDriver(service, o);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      return new Browser(service, driver);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a route of the interface ("#/search?q=iraq") and waits until its view is done. */
  void open(String base, String route) {
    driver.get(base + route);
    awaitView();
  }

  /**
   * Waits until the view has finished (#view data-state ready or error) and returns the state;
   * fails on "error" with the message the page shows.
   */
  String awaitView() {
    String state = awaitViewAllowingError();
    if ("error".equals(state)) {
      fail(
          "the view failed: "
              + driver.findElement(By.id("view")).getText()
              + "\nconsole: "
              + consoleLog());
    }
    return state;
  }

  /** Waits until the view is "ready" or "error", and returns which. */
  String awaitViewAllowingError() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              String state = d.findElement(By.id("view")).getAttribute("data-state");
              return "ready".equals(state) || "error".equals(state);
            });
    return driver.findElement(By.id("view")).getAttribute("data-state");
  }

  /** Clicks a link and waits for the view it leads to. */
  void follow(WebElement link) {
    String before = driver.getCurrentUrl();
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().equals(before));
    awaitView();
  }

  /** Types a query into the header's box, submits it, and waits for the view it leads to. */
  void submitQuery(String text) {
    String before = driver.getCurrentUrl();
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys(text);
    driver.findElement(By.cssSelector("#query-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().equals(before));
    awaitView();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Everything the page logged so far (console messages, CSP reports, failed loads). */
  List<String> consoleLog() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      console.add(e.getLevel() + " " + e.getMessage());
    }
    return List.copyOf(console);
  }

  /** What the page logged since the last call of this method. */
  List<String> newConsoleEntries() {
    List<String> all = consoleLog();
    List<String> fresh = all.subList(consoleSeen, all.size());
    consoleSeen = all.size();
    return fresh;
  }

  /** A full-page PNG under target/screenshots, named after the test. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Object data =
          driver
              .executeCdpCommand(
                  "Page.captureScreenshot",
                  Map.of("format", "png", "captureBeyondViewport", true))
              .get("data");
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) data));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the screenshot and the console of a failed test, for whoever reads the CI log. */
  void saveFailure(String name) {
    try {
      screenshot(name + "-FAILED");
      Files.write(
          SCREENSHOTS.resolve(name + "-FAILED.console.txt"),
          consoleLog(),
          StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      System.err.println("could not save the failure of " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
