package org.newsgraph.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnchorStatus;
import org.newsgraph.model.Block;
import org.newsgraph.model.DateClaim;
import org.newsgraph.model.Document;
import org.newsgraph.model.Key;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Stage;
import org.newsgraph.model.TimeAnchor;

/**
 * Chooses the date that anchors relative time expressions.
 *
 * <p>A publication date in the metadata wins (given by the caller, or read from the page or its
 * dateline). Without one, the anchor is never taken from the clock: the stage looks for
 * evidence in the text (a weekday stated with a day and month fixes the candidate years; the
 * mention of something that did not exist before a known year removes earlier ones) and infers
 * a year only when exactly one candidate remains. Otherwise the anchor is unknown, and the
 * candidates and the reason are recorded.
 */
public final class TimeAnchorStage implements Stage {

  /** Things whose mention dates a text no earlier than a year: facts, with their source. */
  private record EraCue(Pattern pattern, int notBefore, String why) {}

  private static final List<EraCue> ERA_CUES =
      List.of(
          new EraCue(
              Pattern.compile("(?i)\\b(?:covid(?:-?19)?|sars-cov-2)\\b"),
              2020,
              "mentions Covid-19, named in February 2020"),
          new EraCue(
              Pattern.compile("(?i)\\bcoronavirus pandemic\\b"),
              2020,
              "mentions the coronavirus pandemic, declared in March 2020"),
          new EraCue(
              Pattern.compile("(?i)\\bchatgpt\\b"), 2022, "mentions ChatGPT, released in November 2022"),
          new EraCue(
              Pattern.compile("(?i)\\bbrexit\\b"), 2012, "mentions Brexit, a word coined in 2012"));

  private final AnchorConfig config;
  private final Clock clock;

  public TimeAnchorStage(AnchorConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "extract.anchor";
  }

  @Override
  public Set<Key> reads() {
    return Set.of(Layers.BLOCKS);
  }

  @Override
  public Set<Key> adds() {
    return Set.of(Layers.ANCHOR);
  }

  @Override
  public Document process(Document doc) {
    return doc.with(Layers.ANCHOR, anchor(doc));
  }

  TimeAnchor anchor(Document doc) {
    DateClaim published = doc.metadata().published();
    if (published != null) {
      AnchorStatus status = published.given() ? AnchorStatus.PROVIDED : AnchorStatus.EXTRACTED;
      return new TimeAnchor(published.date(), status, published.evidence(), List.of());
    }
    String text = articleText(doc);
    if (!config.inferYear()) {
      return TimeAnchor.unknown("no publication date given; inference is off", List.of());
    }
    int thisYear = LocalDate.now(clock).getYear();
    int from = config.earliestYear();
    List<String> reasons = new ArrayList<>();
    for (EraCue cue : ERA_CUES) {
      if (cue.pattern().matcher(text).find() && cue.notBefore() > from) {
        from = cue.notBefore();
        reasons.add(cue.why());
      }
    }
    List<DateTexts.WeekdayDate> pairs = DateTexts.findWeekdayDates(text);
    if (pairs.isEmpty()) {
      return TimeAnchor.unknown(
          "no publication date given, and the text states no weekday with a date", List.of());
    }
    TreeSet<Integer> candidates = null;
    List<String> facts = new ArrayList<>();
    for (DateTexts.WeekdayDate p : pairs) {
      TreeSet<Integer> years = new TreeSet<>();
      for (int y = from; y <= thisYear; y++) {
        try {
          if (LocalDate.of(y, p.month(), p.day()).getDayOfWeek() == p.weekday()) {
            years.add(y);
          }
        } catch (java.time.DateTimeException e) {
          // February 29th in a common year: not a candidate
        }
      }
      facts.add(
          String.format(
              Locale.ROOT,
              "'%s' fits %s",
              text.substring(p.start(), p.end()),
              years.isEmpty() ? "no year" : "only " + years));
      if (candidates == null) {
        candidates = years;
      } else {
        candidates.retainAll(years);
      }
    }
    String range = "years " + from + "-" + thisYear
        + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")");
    String evidence = String.join("; ", facts) + " among " + range;
    List<Integer> cands = List.copyOf(candidates);
    if (cands.size() == 1) {
      DateTexts.WeekdayDate p = pairs.get(0);
      LocalDate d = LocalDate.of(cands.get(0), p.month(), p.day());
      return new TimeAnchor(d, AnchorStatus.INFERRED, "inferred: " + evidence, cands);
    }
    return TimeAnchor.unknown(
        "no publication date given; " + evidence
            + (cands.size() > 1 ? ": the text does not tell which" : ""),
        cands);
  }

  private static String articleText(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.blocks()) {
      if (b.kind().isArticleText() || b.kind() == org.newsgraph.model.BlockKind.DATELINE) {
        sb.append(doc.surface(b)).append('\n');
      }
    }
    return sb.toString();
  }

  static String monthName(int m) {
    return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
