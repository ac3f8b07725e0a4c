package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser test shares: one Chromium per class over the shared test corpus, a
 * screenshot and the console saved when a test fails, and a page that logged no error.
 */
abstract class BrowserTest {

  static Browser browser;
  static String base;

  @RegisterExtension
  static final TestWatcher ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.saveFailure(name(context.getRequiredTestClass(), context.getDisplayName()));
          }
        }
      };

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
    base = WebCorpus.url();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Every test leaves a screenshot of where it ended: target/screenshots/Class-test.png. */
  @AfterEach
  void screenshotAtTheEnd(TestInfo info) {
    browser.screenshot(
        getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test"));
  }

  /** No script error, failed load or CSP report in the console during the test. */
  @AfterEach
  void consoleIsClean(TestInfo info) {
    List<String> severe =
        browser.newConsoleEntries().stream().filter(l -> l.startsWith("SEVERE")).toList();
    assertThat(severe).as("errors in the browser console during " + info.getDisplayName()).isEmpty();
  }

  /** A screenshot of a step within a test, named after the test class and the step. */
  void screenshot(String step) {
    browser.screenshot(getClass().getSimpleName() + "-" + step);
  }

  static String name(Class<?> c, String display) {
    return c.getSimpleName() + "-" + display.replaceAll("[^A-Za-z0-9]+", "_");
  }
}
