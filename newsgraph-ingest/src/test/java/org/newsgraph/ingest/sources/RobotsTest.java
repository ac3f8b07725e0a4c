package org.newsgraph.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTest {

  private static final List<String> US = List.of("newsgraph");

  private static boolean allowed(String robots, String path) {
    return Robots.parse(robots, US).disallowing(path) == null;
  }

  @Test
  void theStarGroupAppliesWhenNoGroupNamesUs() {
    String r = "User-agent: *\nDisallow: /private\n\nUser-agent: Googlebot\nDisallow: /\n";
    assertThat(allowed(r, "/private/x")).isFalse();
    assertThat(allowed(r, "/privately")).as("a prefix match").isFalse();
    assertThat(allowed(r, "/news/a")).isTrue();
  }

  @Test
  void ourOwnGroupWinsOverTheStarGroup() {
    String r = "User-agent: *\nDisallow: /\n\nUser-agent: Newsgraph/0.1\nDisallow: /admin\n";
    assertThat(allowed(r, "/news/a")).isTrue();
    assertThat(allowed(r, "/admin/x")).isFalse();
    assertThat(allowed("User-agent: newsgraph\nDisallow:\n\nUser-agent: *\nDisallow: /\n", "/a"))
        .as("an empty Disallow in our group allows all")
        .isTrue();
  }

  @Test
  void groupsWithSeveralAgentsAndOurRulesInTwoGroupsAreMerged() {
    String r =
        "User-agent: otherbot\nUser-agent: newsgraph\nDisallow: /a\n\n"
            + "User-agent: newsgraph\nDisallow: /b\n";
    assertThat(allowed(r, "/a/1")).isFalse();
    assertThat(allowed(r, "/b/1")).isFalse();
    assertThat(allowed(r, "/c/1")).isTrue();
  }

  @Test
  void theLongestRuleDecidesAndAllowWinsATie() {
    String r = "User-agent: *\nDisallow: /news/\nAllow: /news/world/\nDisallow: /x\nAllow: /x\n";
    assertThat(allowed(r, "/news/sport/1")).isFalse();
    assertThat(allowed(r, "/news/world/1")).isTrue();
    assertThat(allowed(r, "/x/1")).isTrue();
  }

  @Test
  void wildcardsAndEndAnchors() {
    String r = "User-agent: *\nDisallow: /*?share=\nDisallow: /*.pdf$\n";
    assertThat(allowed(r, "/a/b?share=tw")).isFalse();
    assertThat(allowed(r, "/a/b?x=1")).isTrue();
    assertThat(allowed(r, "/files/report.pdf")).isFalse();
    assertThat(allowed(r, "/files/report.pdf?v=2")).isTrue();
    assertThat(Robots.matches("/a*b*c*d*e*f*g*h*z", "/" + "abcdefgh".repeat(500)))
        .as("a hostile pattern ends quickly")
        .isFalse();
  }

  @Test
  void commentsCaseAndRulesOutsideGroupsAreHandled() {
    String r =
        "Disallow: /orphan\n"
            + "# comment\n"
            + "USER-AGENT: * # all\n"
            + "DISALLOW: /tmp # no\n"
            + "Crawl-delay: 5\n"
            + "Sitemap: https://x/s.xml\n";
    assertThat(allowed(r, "/orphan")).isTrue();
    assertThat(allowed(r, "/tmp/x")).isFalse();
    assertThat(allowed("", "/anything")).isTrue();
    assertThat(Robots.ALLOW_ALL.disallowing("/x")).isNull();
  }
}
