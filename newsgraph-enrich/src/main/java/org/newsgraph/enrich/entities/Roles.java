package org.newsgraph.enrich.entities;

import java.util.List;
import java.util.Set;
import org.newsgraph.enrich.text.Tokens;
import org.newsgraph.model.Span;

/**
 * Titles and roles around a person's name: a title before it ("Assistant Secretary of State for
 * the Middle East David Schenker", "Former intelligence chief Moustafa al-Kazimi"), appositions
 * after it ("Ahmed al-Assadi, spokesman for their parliamentary bloc - leader of the expulsion
 * vote -") and an affiliation ("Robert Ford of the Middle East Institute think tank").
 */
final class Roles {

  private Roles() {}

  /** The longest title before a name, in tokens. */
  static final int MAX_TITLE_TOKENS = 10;

  /** The longest apposition after a name, in tokens. */
  static final int MAX_APPOSITION_TOKENS = 12;

  /** Words that may join the parts of a title ("Secretary of State for the Middle East"). */
  private static final Set<String> TITLE_JOINERS = Set.of("of", "for", "the", "and", "&");

  /** Words that end an apposition: a relative clause or a new clause starts there. */
  private static final Set<String> CLAUSE_STARTS = Set.of("who", "whose", "which", "that", "whom");

  /** Adds the role spans around the name at {@code name} to {@code roles}. */
  static void attach(Tokens t, Span name, List<Span> roles) {
    int[] r = t.covering(name);
    if (r[0] >= r[1]) {
      return;
    }
    add(roles, title(t, r[0]));
    int next = r[1];
    if (next < t.size() && t.sentence(next) == t.sentence(r[0])) {
      if (t.lower(next).equals("of")) {
        add(roles, affiliation(t, next));
      }
      int[] app = apposition(t, next);
      while (app != null) {
        add(roles, t.span(app[0], app[1]));
        app = app[2] < t.size() ? apposition(t, app[2]) : null;
      }
    }
  }

  private static void add(List<Span> roles, Span s) {
    if (s != null && !roles.contains(s)) {
      roles.add(s);
    }
  }

  /** The title right before token {@code first}, or null. */
  static Span title(Tokens t, int first) {
    int s = t.sentence(first);
    int start = t.sentenceStart(s);
    int k = first - 1;
    boolean hasRole = false;
    while (k >= start && first - k <= MAX_TITLE_TOKENS) {
      String p = t.pos(k);
      String l = t.lower(k);
      boolean titleWord = p.startsWith("NNP") || p.equals("NN") || p.equals("NNS")
          || (p.startsWith("JJ") && !l.equals("such")) || p.equals("HYPH")
          || Lexicon.HONORIFICS.contains(l);
      if (!titleWord && !TITLE_JOINERS.contains(l)) {
        break;
      }
      if (Lexicon.ROLE_NOUNS.contains(last(l)) || Lexicon.HONORIFICS.contains(l)) {
        hasRole = true;
      }
      k--;
    }
    int a = k + 1;
    // Keep the title from its leftmost part that holds a role noun ("January of Iranian
    // general" gives "Iranian general"; "Assistant Secretary of State" stays whole).
    int partStart = a;
    int keep = -1;
    for (int i = a; i < first; i++) {
      if (TITLE_JOINERS.contains(t.lower(i)) && !t.lower(i).equals("the")) {
        partStart = i + 1;
      } else if (keep < 0 && (Lexicon.ROLE_NOUNS.contains(last(t.lower(i)))
          || Lexicon.HONORIFICS.contains(t.lower(i)))) {
        keep = partStart;
      }
    }
    if (keep > a) {
      a = keep;
    }
    while (a < first && TITLE_JOINERS.contains(t.lower(a))) {
      a++;
    }
    int b = first;
    while (b > a && TITLE_JOINERS.contains(t.lower(b - 1))) {
      b--;
    }
    return hasRole && a < b ? t.span(a, b) : null;
  }

  /** "of the Middle East Institute think tank" after a name, or null. */
  static Span affiliation(Tokens t, int of) {
    int s = t.sentence(of);
    int k = of + 1;
    boolean named = false;
    while (k < t.sentenceEnd(s) && k - of <= MAX_APPOSITION_TOKENS) {
      String p = t.pos(k);
      if (p.startsWith("NNP")) {
        named = true;
      } else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("NN") || p.equals("NNS")
          || p.equals("HYPH"))) {
        break;
      }
      k++;
    }
    return named ? t.span(of, k) : null;
  }

  /**
   * An apposition starting at token {@code at} ("," or "-" then a noun phrase with a role
   * noun), as {start, end, next} token indices, or null.
   */
  static int[] apposition(Tokens t, int at) {
    String open = t.lower(at);
    if (!(open.equals(",") || open.equals("-") || open.equals("--") || open.equals("–")
        || open.equals("—"))) {
      return null;
    }
    int s = t.sentence(at);
    int end = t.sentenceEnd(s);
    int k = at + 1;
    boolean hasRole = false;
    int roleBy = at + 5;
    while (k < end && k - at <= MAX_APPOSITION_TOKENS) {
      String p = t.pos(k);
      String l = t.lower(k);
      if (t.isPunctuation(k) && (!p.equals("HYPH") || spacedDash(t, k)) || t.isVerb(k)
          || CLAUSE_STARTS.contains(l)) {
        break;
      }
      if (Lexicon.ROLE_NOUNS.contains(last(l)) && k <= roleBy) {
        hasRole = true;
      }
      k++;
    }
    if (!hasRole || k == at + 1) {
      return null;
    }
    return new int[] {at + 1, k, k < end ? k : t.size()};
  }

  /** A dash with white space before it is punctuation, not a hyphen inside a word. */
  private static boolean spacedDash(Tokens t, int k) {
    int start = t.get(k).start();
    return start > 0 && Character.isWhitespace(t.doc().text().charAt(start - 1));
  }

  private static String last(String hyphenated) {
    int dash = hyphenated.lastIndexOf('-');
    return dash >= 0 && dash < hyphenated.length() - 1 ? hyphenated.substring(dash + 1) : hyphenated;
  }
}
