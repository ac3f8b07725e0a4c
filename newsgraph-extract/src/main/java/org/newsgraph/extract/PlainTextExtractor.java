package org.newsgraph.extract;

import static org.newsgraph.extract.PlainTextRules.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockKind;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.model.SourceInfo;
import org.newsgraph.model.Span;

/**
 * Turns a plain-text article into a document with its blocks: title, dateline, byline,
 * paragraphs and sub-headings as article text; teasers, credit lines and boilerplate apart.
 *
 * <p>The expected shape is one paragraph per line (blank lines optional); blank-line-separated
 * groups of hard-wrapped lines are joined into one paragraph. The canonical text is the input
 * with line ends normalised to {@code \n}; nothing else changes, so offsets stay meaningful.
 */
public final class PlainTextExtractor {

  /** Normalises line ends; the result is the canonical text. */
  public static String canonicalText(String decoded) {
    return decoded.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Builds the document. {@code text} must already be canonical ({@link #canonicalText}).
   */
  public Document extract(String id, String text, SourceInfo source, Metadata given) {
    List<Span> units = segment(text);
    List<Block> blocks = classify(text, units);
    List<RelatedLink> related = new ArrayList<>();
    Metadata meta = given;
    for (Block b : blocks) {
      String line = b.span().in(text);
      switch (b.kind()) {
        case TEASER -> related.add(relatedLink(line, b.span()));
        case TITLE -> {
          if (meta.title() == null) {
            meta = meta.withTitle(line.strip(), "first line");
          }
        }
        case CREDIT -> {
          if (meta.credit() == null) {
            meta = meta.withCredit(creditOf(line));
          }
        }
        case BYLINE -> {
          if (meta.authors().isEmpty()) {
            meta = meta.withAuthors(authorsOf(line));
          }
        }
        default -> {}
      }
    }
    if (meta.published() == null) {
      for (Block b : blocks) {
        if (b.kind() == BlockKind.DATELINE) {
          var d = DateTexts.parseDateLine(b.span().in(text));
          if (d.isPresent()) {
            meta = meta.withPublished(new DateClaim(d.get(), "dateline"));
            break;
          }
        }
      }
    }
    return Document.of(id, text, meta, source)
        .with(Layers.BLOCKS, blocks)
        .with(Layers.RELATED_LINKS, related);
  }

  /** Splits the text into candidate blocks: lines, or wrapped paragraphs. */
  static List<Span> segment(String text) {
    List<List<Span>> groups = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      Span line = trim(text, pos, lineEnd);
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    // A text with one clearly wrapped group (three lines or more) is hard-wrapped throughout.
    boolean wrappedText = false;
    for (List<Span> g : groups) {
      if (g.size() >= 3 && isWrapped(text, g, false)) {
        wrappedText = true;
        break;
      }
    }
    List<Span> units = new ArrayList<>();
    for (List<Span> g : groups) {
      if (g.size() > 1 && isWrapped(text, g, wrappedText)) {
        units.add(new Span(g.get(0).start(), g.get(g.size() - 1).end()));
      } else {
        units.addAll(g);
      }
    }
    return units;
  }

  /**
   * Whether a group of lines is one hard-wrapped paragraph: most lines end open (no terminal
   * punctuation), none is longer than a wrap width, none is a date or byline on its own, and
   * either the group has three or more lines, or its second line continues in lower case, or
   * the text is known to be hard-wrapped (two short lines alone are more often a headline and a
   * first sentence).
   */
  private static boolean isWrapped(String text, List<Span> group, boolean wrappedText) {
    int open = 0;
    for (int i = 0; i < group.size(); i++) {
      Span s = group.get(i);
      String line = s.in(text);
      if (s.length() > WRAPPED_MAX_LINE
          || DateTexts.parseDateLine(line).isPresent()
          || BYLINE.matcher(line).matches()) {
        return false;
      }
      if (i < group.size() - 1 && !TERMINAL_PUNCTUATION.matcher(line).find()) {
        open++;
      }
    }
    boolean continues = Character.isLowerCase(group.get(1).in(text).codePointAt(0));
    return open >= WRAPPED_SHARE * (group.size() - 1)
        && (group.size() >= 3 || continues || wrappedText);
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  static List<Block> classify(String text, List<Span> units) {
    int n = units.size();
    String[] lines = new String[n];
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      lines[i] = units.get(i).in(text);
      words[i] = wordCount(lines[i]);
    }
    BlockKind[] kinds = new BlockKind[n];
    String[] rules = new String[n];
    for (int i = 0; i < n; i++) {
      String line = lines[i];
      String rule;
      BlockKind kind;
      if ((rule = strongBoilerplate(line, words[i])) != null) {
        kind = BlockKind.BOILERPLATE;
      } else if (TEASER_MARKED.matcher(line).matches()) {
        kind = BlockKind.TEASER;
        rule = "teaser-marker";
      } else if (words[i] <= TITLE_MAX_WORDS && TEASER_PHRASE.matcher(line).matches()) {
        kind = BlockKind.TEASER;
        rule = "teaser-phrase";
      } else if (isCredit(line, words[i])) {
        kind = BlockKind.CREDIT;
        rule = "credit-agency";
      } else if (afterCredit(kinds, i) && words[i] <= TAIL_MAX_WORDS) {
        kind = BlockKind.BOILERPLATE;
        rule = "after-credit-line";
      } else if (words[i] == 1 && FILE_NAME_LIKE.matcher(line).matches()) {
        kind = BlockKind.BOILERPLATE;
        rule = "file-name";
      } else if (DateTexts.parseDateLine(line).isPresent()) {
        kind = BlockKind.DATELINE;
        rule = "date-only-line";
      } else if (words[i] <= CREDIT_MAX_WORDS && BYLINE.matcher(line).matches()) {
        kind = BlockKind.BYLINE;
        rule = "by-names";
      } else if (i == 0 && n > 1 && isTitleLike(line, words[i])) {
        kind = BlockKind.TITLE;
        rule = "first-line-headline";
      } else if (i > 0 && isHeadingLike(line, words[i]) && i + 1 < n
          && words[i + 1] > words[i] && !isHeadingLike(lines[i + 1], words[i + 1])) {
        kind = BlockKind.HEADING;
        rule = "short-unpunctuated-line";
      } else {
        kind = BlockKind.PARAGRAPH;
        rule = "default";
      }
      kinds[i] = kind;
      rules[i] = rule;
    }
    List<Block> blocks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      blocks.add(new Block(units.get(i), kinds[i], rules[i]));
    }
    return blocks;
  }

  private static boolean afterCredit(BlockKind[] kinds, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (kinds[k] == BlockKind.CREDIT) {
        return true;
      }
      if (kinds[k] != BlockKind.BOILERPLATE) {
        return false;
      }
    }
    return false;
  }

  /**
   * The rule naming a site-boilerplate phrase in a line of at most {@code TAIL_MAX_WORDS}
   * words, or null. The word count is checked first: a paragraph is never boilerplate by
   * wording, and the phrases' patterns are the costliest part of classifying a page's blocks.
   */
  static String strongBoilerplate(String line, int words) {
    if (words > TAIL_MAX_WORDS || !mayHoldBoilerplate(line)) {
      return null;
    }
    for (int k = 0; k < BOILERPLATE_STRONG.size(); k++) {
      if (BOILERPLATE_STRONG.get(k).matcher(line).find()) {
        return "boilerplate-phrase-" + (k + 1);
      }
    }
    return null;
  }

  /**
   * Whether the line holds a word one of {@code BOILERPLATE_STRONG}'s patterns needs: a few
   * substring searches rule out most lines before any pattern runs. Every pattern needs one
   * of {@code BOILERPLATE_WORDS} (PlainTextExtractorTest checks that each pattern's examples
   * pass this test).
   */
  static boolean mayHoldBoilerplate(String line) {
    String low = line.toLowerCase(Locale.ROOT);
    for (String w : BOILERPLATE_WORDS) {
      if (low.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static boolean isCredit(String line, int words) {
    if (words > CREDIT_MAX_WORDS) {
      return false;
    }
    Matcher m = CREDIT.matcher(line);
    if (!m.matches()) {
      return false;
    }
    for (String part : AGENCY_SEPARATOR.split(m.group("who").strip())) {
      if (!isAgency(part.strip())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAgency(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (String a : AGENCIES) {
      if (a.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return ACRONYM.matcher(s).matches();
  }

  private static boolean isTitleLike(String line, int words) {
    String t = line.strip();
    int first = t.codePointAt(0);
    boolean capitalised = Character.isUpperCase(first) || Character.isDigit(first);
    return capitalised && words <= TITLE_MAX_WORDS
        && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(":");
  }

  private static boolean isHeadingLike(String line, int words) {
    String t = line.strip();
    if (words == 0 || words > HEADING_MAX_WORDS) {
      return false;
    }
    int first = t.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    return !TERMINAL_PUNCTUATION.matcher(t).find();
  }

  private static RelatedLink relatedLink(String line, Span span) {
    Matcher m = TEASER_MARKED.matcher(line);
    if (!m.matches()) {
      m = TEASER_PHRASE.matcher(line);
      if (!m.matches()) {
        return new RelatedLink(span, "", null);
      }
    }
    Span title = new Span(span.start() + m.start("title"), span.start() + m.end("title"));
    return new RelatedLink(title, m.group("label").strip(), null);
  }

  static String creditOf(String line) {
    Matcher m = CREDIT.matcher(line);
    return m.matches() ? m.group("who").strip() : line.strip();
  }

  private static List<String> authorsOf(String line) {
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String a : m.group("who").split("\\s*(?:,|\\band\\b|&)\\s*")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
  }

  static int wordCount(String s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        count++;
      }
      in = w;
    }
    return count;
  }
}
