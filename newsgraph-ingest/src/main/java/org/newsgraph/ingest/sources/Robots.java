package org.newsgraph.ingest.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler name (RFC 9309, simply): the groups whose User-agent
 * names the crawler, else the "*" groups; Allow and Disallow rules with {@code *} and a final
 * {@code $}; the longest matching rule decides, Allow winning a tie; no rule, no restriction.
 * Crawl-delay, Sitemap and other lines are passed over.
 */
final class Robots {

  /** What is read of a robots.txt: RFC 9309 asks crawlers to parse at least 500 KiB. */
  static final int MAX_CHARS = 500 * 1024;

  record Rule(boolean allow, String pattern) {}

  /** No robots.txt (4xx): everything may be fetched. */
  static final Robots ALLOW_ALL = new Robots(List.of(), null);

  private final List<Rule> rules;

  /** Why nothing may be fetched (robots.txt unreachable), or null. */
  private final String unreachable;

  private Robots(List<Rule> rules, String unreachable) {
    this.rules = rules;
    this.unreachable = unreachable;
  }

  /** A robots.txt that could not be read (5xx, no answer): nothing may be fetched. */
  static Robots unreachable(String why) {
    return new Robots(List.of(), why);
  }

  /** Why nothing may be fetched, or null when the rules decide. */
  String unreachableReason() {
    return unreachable;
  }

  /**
   * The rules for a crawler known by any of {@code names} (product tokens such as "newsgraph",
   * matched without case).
   */
  static Robots parse(String text, List<String> names) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1);
    }
    List<String> agents = new ArrayList<>();
    List<Rule> groupRules = new ArrayList<>();
    boolean inRules = false;
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    boolean mineSeen = false;
    boolean starSeen = false;
    for (String raw : t.split("\r\n|\r|\n", -1)) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (inRules) {
          // a new group starts: file the one before
          mineSeen |= file(agents, groupRules, names, mine, star, false);
          starSeen |= file(agents, groupRules, names, mine, star, true);
          agents.clear();
          groupRules.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if (field.equals("allow") || field.equals("disallow")) {
        if (agents.isEmpty()) {
          continue; // a rule before any User-agent line belongs to no group
        }
        inRules = true;
        if (!value.isEmpty()) {
          groupRules.add(new Rule(field.equals("allow"), value));
        }
      }
    }
    mineSeen |= file(agents, groupRules, names, mine, star, false);
    starSeen |= file(agents, groupRules, names, mine, star, true);
    if (mineSeen) {
      return new Robots(List.copyOf(mine), null);
    }
    return starSeen ? new Robots(List.copyOf(star), null) : ALLOW_ALL;
  }

  /** Adds a group's rules to ours or to the "*" rules; true when the group was of that kind. */
  private static boolean file(
      List<String> agents,
      List<Rule> rules,
      List<String> names,
      List<Rule> mine,
      List<Rule> star,
      boolean wantStar) {
    boolean isMine = false;
    boolean isStar = false;
    for (String a : agents) {
      String token = productToken(a);
      if (token.equals("*")) {
        isStar = true;
      } else {
        for (String n : names) {
          if (token.equalsIgnoreCase(n)) {
            isMine = true;
          }
        }
      }
    }
    if (wantStar && isStar) {
      star.addAll(rules);
      return true;
    }
    if (!wantStar && isMine) {
      mine.addAll(rules);
      return true;
    }
    return false;
  }

  /** "newsgraph/0.1 (news analysis)" to "newsgraph". */
  static String productToken(String agent) {
    String a = agent.strip();
    int end = 0;
    while (end < a.length() && a.charAt(end) != '/' && !Character.isWhitespace(a.charAt(end))) {
      end++;
    }
    return a.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The rule that forbids a path (path and query, as sent), or null when it may be fetched. */
  Rule disallowing(String pathAndQuery) {
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), pathAndQuery)) {
        if (best == null
            || r.pattern().length() > best.pattern().length()
            || (r.pattern().length() == best.pattern().length() && r.allow())) {
          best = r;
        }
      }
    }
    return best == null || best.allow() ? null : best;
  }

  /**
   * Whether a pattern with {@code *} (any run) and a final {@code $} (the end) matches: without
   * {@code $} a pattern matches a prefix. Greedy with one backtrack point, so linear-ish time
   * whatever the pattern (a hostile robots.txt cannot make it explode).
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
        pi++;
        si++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
