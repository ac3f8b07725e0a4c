package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimeResolution;
import org.newsgraph.model.TimexType;

/**
 * Time expressions of one sentence, from SUTime, normalized against the document anchor.
 *
 * <p>SUTime's rules cost more than tagging and NER together, and most tokens of news text are
 * far from any time expression. Depending on {@link NlpConfig#timeScope()} SUTime reads the
 * whole sentence ({@code all}), only sentences with a trigger word ({@code sentence}), or only
 * windows of tokens around trigger words ({@code window}): {@value #BEFORE} tokens before and
 * {@value #AFTER} after, merged when they meet.
 */
final class TimeExtractor {

  /** Scopes of {@link NlpConfig#timeScope()}. */
  static final String ALL = "all";

  static final String SENTENCE = "sentence";
  static final String WINDOW = "window";

  /**
   * Tokens kept before a trigger. The longest prefix seen in time expressions of the gold sets
   * is a quantity before a unit ("more than two and a half years": 6 tokens); 8 leaves room.
   */
  static final int BEFORE = 8;

  /** Tokens kept after a trigger ("June 11th , 2020 at 10 p.m." needs 6). */
  static final int AFTER = 6;

  private static final Pattern YEAR =
      Pattern.compile("\\b(?:1[5-9]|2[0-9])\\d{2}\\b|'\\d{2}\\b");

  /** SUTime writes UTC as "+0000"; TIMEX3 (ISO 8601) has "Z" for it. */
  private static final Pattern UTC_OFFSET = Pattern.compile("\\+00:?00$");

  private final TimeExpressionExtractor sutime;
  private final String scope;
  private final int maxSentenceTokens;

  TimeExtractor(TimeExpressionExtractor sutime, NlpConfig config) {
    this.sutime = sutime;
    this.scope = config.timeScope();
    this.maxSentenceTokens = config.maxSentenceTokens();
    if (!scope.equals(ALL) && !scope.equals(SENTENCE) && !scope.equals(WINDOW)) {
      throw new IllegalArgumentException(
          "nlp.timeScope must be all, sentence or window, got '" + scope + "'");
    }
  }

  /**
   * Appends the time expressions of a sentence.
   *
   * @param blockText the text the sentence's character offsets index into
   * @param offset where that text starts in the canonical text
   * @param docDate the anchor as YYYY-MM-DD, or {@code null} when unknown
   */
  void extract(
      CoreMap sentence, String blockText, int offset, int si, String docDate,
      List<TimeExpression> out) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() > maxSentenceTokens) {
      return;
    }
    List<CoreMap> parts;
    switch (scope) {
      case ALL -> parts = List.of(sentence);
      case SENTENCE -> parts =
          TimeTriggers.mayContainTime(sentence.get(CoreAnnotations.TextAnnotation.class))
              ? List.of(sentence)
              : List.of();
      default -> parts = windows(sentence, tokens, blockText);
    }
    LocalDate anchor = docDate == null ? null : LocalDate.parse(docDate);
    for (CoreMap part : parts) {
      List<CoreMap> found;
      try {
        found = sutime.extractTimeExpressionCoreMaps(part, docDate);
      } catch (RuntimeException e) {
        continue; // SUTime fails on some malformed inputs: no time expressions there
      }
      if (found == null) {
        continue;
      }
      for (CoreMap cm : found) {
        TimeExpression te = convert(cm, tokens, blockText, offset, si, docDate, anchor);
        if (te != null) {
          out.add(te);
        }
      }
    }
  }

  private static TimeExpression convert(
      CoreMap cm, List<CoreLabel> tokens, String blockText, int offset, int si, String docDate,
      LocalDate anchor) {
    Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
    Integer b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (timex == null || b == null || e == null || e <= b || e > blockText.length()) {
      return null;
    }
    String value = timex.value() != null ? timex.value() : timex.altVal();
    if (value == null || timex.timexType() == null) {
      return null;
    }
    TimexType type;
    try {
      type = TimexType.parse(timex.timexType());
    } catch (IllegalArgumentException ex) {
      return null;
    }
    String surface = blockText.substring(b, e);
    value = UTC_OFFSET.matcher(value).replaceFirst("Z");
    if (anchor != null && type == TimexType.DATE) {
      value = TimeDirection.adjust(value, surface, anchor, direction(tokens, b, e));
    }
    String mod = null;
    edu.stanford.nlp.time.TimeExpression te =
        cm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class);
    if (te != null && te.getTemporal() != null) {
      mod = te.getTemporal().getMod();
    }
    return new TimeExpression(
        new Span(offset + b, offset + e), type, value, mod,
        resolution(type, value, surface, docDate), si);
  }

  /** Windows of tokens around time triggers, as CoreMaps SUTime can read. */
  static List<CoreMap> windows(CoreMap sentence, List<CoreLabel> tokens, String blockText) {
    List<CoreMap> out = new ArrayList<>();
    int n = tokens.size();
    int start = -1;
    int end = -1;
    for (int i = 0; i < n; i++) {
      String previous = i > 0 ? tokens.get(i - 1).word() : null;
      if (!TimeTriggers.isTrigger(tokens.get(i).word(), previous)) {
        continue;
      }
      int a = Math.max(0, i - BEFORE);
      int z = Math.min(n, i + AFTER + 1);
      if (start >= 0 && a <= end) {
        end = Math.max(end, z);
      } else {
        if (start >= 0) {
          out.add(sub(sentence, tokens, blockText, start, end));
        }
        start = a;
        end = z;
      }
    }
    if (start >= 0) {
      out.add(sub(sentence, tokens, blockText, start, end));
    }
    return out;
  }

  private static CoreMap sub(
      CoreMap sentence, List<CoreLabel> tokens, String blockText, int a, int z) {
    if (a == 0 && z == tokens.size()) {
      return sentence;
    }
    CoreMap m = new ArrayCoreMap(6);
    int b = tokens.get(a).beginPosition();
    int e = tokens.get(z - 1).endPosition();
    m.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(a, z)));
    m.set(CoreAnnotations.TextAnnotation.class, blockText.substring(b, e));
    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
    Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int base = tokenBegin == null ? 0 : tokenBegin;
    m.set(CoreAnnotations.TokenBeginAnnotation.class, base + a);
    m.set(CoreAnnotations.TokenEndAnnotation.class, base + z);
    return m;
  }

  /** The tense direction around the tokens covering characters [b, e) of a sentence. */
  private static TimeDirection.Direction direction(List<CoreLabel> labels, int b, int e) {
    List<TimeDirection.Word> words = new ArrayList<>(labels.size());
    int begin = -1;
    int end = -1;
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      words.add(TimeDirection.word(l.word(), l.tag()));
      if (begin < 0 && l.endPosition() > b) {
        begin = i;
      }
      if (l.beginPosition() < e) {
        end = i + 1;
      }
    }
    return begin < 0 ? TimeDirection.Direction.CLOSEST : TimeDirection.of(words, begin, end);
  }

  static TimeResolution resolution(TimexType type, String value, String surface, String docDate) {
    if (type == TimexType.DURATION || type == TimexType.SET) {
      return TimeResolution.NOT_APPLICABLE;
    }
    String v = value.toUpperCase(Locale.ROOT);
    boolean underspecified =
        v.contains("X") || v.endsWith("_REF") || v.startsWith("THIS") || v.startsWith("NEXT")
            || v.startsWith("PREV") || v.startsWith("OFFSET");
    if (underspecified) {
      return TimeResolution.UNRESOLVED;
    }
    if (YEAR.matcher(surface).find() || docDate == null) {
      return TimeResolution.ABSOLUTE;
    }
    return TimeResolution.ANCHORED;
  }
}
