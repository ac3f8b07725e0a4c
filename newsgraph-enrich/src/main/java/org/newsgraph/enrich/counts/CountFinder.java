package org.newsgraph.enrich.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.enrich.counts.NounPhrases.Phrase;
import org.newsgraph.enrich.counts.NumberParser.ParsedNumber;
import org.newsgraph.model.Count;
import org.newsgraph.model.CountQualifier;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.model.TimexType;

/**
 * Finds the counts of one sentence: every number the {@link NumberParser} reads becomes a
 * {@link Candidate}, which is either a count or carries the {@link Exclusion} that says why
 * not. Stateless and thread-safe.
 *
 * <p>For each number: the qualifier around it ({@link Qualifiers}); the counted object, the
 * noun phrase after it ({@link NounPhrases}), or after "of" for vague numbers and partitives
 * ("thousands of American soldiers", "12 of the victims"); the event kind, looked for after
 * the phrase ("12 people were killed", "3 dead"), then right before it ("killing 12 people",
 * "the deaths of 12 people"), then a death toll earlier in the clause, then the object noun
 * ("550 demonstrators"); for a predicative number ("they were 5,200"), the object of its
 * antecedent. The count's span covers qualifier, number, object and the event words next to
 * them.
 */
public final class CountFinder {

  /**
   * A number read in a sentence, with what was found around it.
   *
   * @param span the count phrase
   * @param number the number
   * @param value its value
   * @param qualifier how exact
   * @param object the counted object, or {@code null}
   * @param kind the event kind, or {@code null}
   * @param place where, or {@code null}
   * @param time when, or {@code null}
   * @param exclusion why this is not a count, or {@code null} when it is one
   */
  public record Candidate(
      Span span,
      Span number,
      double value,
      CountQualifier qualifier,
      Span object,
      String kind,
      Span place,
      Span time,
      Exclusion exclusion) {

    public boolean isCount() {
      return exclusion == null;
    }

    /** The count; throws when the candidate was excluded. */
    public Count toCount() {
      if (exclusion != null) {
        throw new IllegalStateException("not a count (" + exclusion + "): " + number);
      }
      return new Count(span, number, value, qualifier, object, kind, place, time);
    }
  }

  /** "21st", "3rd": ordinals in digits. */
  private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

  /**
   * Tokens between a counted object and its event word: auxiliaries, relative pronouns and
   * adverbs ("12 people who were reportedly killed").
   */
  private static final Set<String> AUXILIARIES =
      Set.of("who", "that", "which", "were", "was", "are", "is", "be", "been", "being", "have",
          "has", "had", "all", "later", "reportedly", "allegedly", "also", "now");

  /** Auxiliaries that make a following participle passive. */
  private static final Set<String> BE = Set.of("were", "was", "are", "is", "be", "been", "being");

  /**
   * At most this many auxiliaries and adverbs between the object and its event word: "who
   * have reportedly been killed" is four; more, and the verb is seldom about the count.
   */
  static final int MAX_AUXILIARIES = 4;

  /**
   * How far back, in tokens, "toll" makes a number a death toll: "the death toll from the
   * attack rose to 40" puts five tokens between; further away, the number is about something
   * else.
   */
  static final int MAX_TOLL_DISTANCE = 6;

  /**
   * The oldest age an apposition ("Thomas Sam, 42,") is read as: the oldest people live to
   * about 120; larger numbers after a name are something else.
   */
  static final double MAX_AGE = 120;

  /**
   * Definite small numbers ("the two countries") name a group the reader knows; ten is where
   * news style switches from words to digits, and a figure in digits is news even when
   * definite ("the 5,200 soldiers").
   */
  static final double MAX_DEFINITE_REFERENCE = 10;

  /** The first and last year a four-digit number is read as. */
  static final int FIRST_YEAR = 1000;

  static final int LAST_YEAR = 2100;

  /**
   * From here on a four-digit number is a year whatever follows ("10% of 2000 levels", "the
   * 2014 protests"): news writes counts of this size with a separator ("2,000 people"), and
   * years of the last century and this one are by far the most frequent four-digit numbers.
   */
  static final int ALWAYS_YEAR = 1900;

  /** Words before a year that make a four-digit number a year even with a noun after it. */
  private static final Set<String> YEAR_CONTEXT =
      Set.of("in", "since", "from", "until", "till", "by", "before", "after", "during", "the",
          "this", "that", "its", "their", "his", "her", "our");

  /** Determiners that make a small number a reference to a known group. */
  private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both");

  /** Words before "one" that make it a pronoun ("no one", "each one", "the one who"). */
  private static final Set<String> ONE_AS_PRONOUN =
      Set.of("no", "any", "every", "each", "the", "this", "that", "which", "another", "someone");

  /** Words before "age"-like numbers ("aged 30", "ages 5 to 12"). */
  private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

  /** Verbs (lemmas) that state the size of a group predicatively: "they were 5,200". */
  private static final Set<String> PREDICATES = Set.of("be", "number", "total");

  /** Pronouns a predicative number can be about. */
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");

  /** Dashes that join two numbers ("20-30 people", "3-0"). */
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  /** Tags of the words that follow an active verb's object ("killed three militants"). */
  private static final Set<String> OBJECT_START_TAGS =
      Set.of("DT", "CD", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "JJ");

  /** Reads the candidates of one sentence, in text order. */
  public List<Candidate> candidates(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    List<Span> objects = new ArrayList<>();
    int floor = 0;
    int i = 0;
    while (i < s.size()) {
      if (ORDINAL.matcher(s.lower(i)).matches()) {
        Span n = s.token(i).span();
        out.add(new Candidate(n, n, 0, CountQualifier.EXACT, null, null, null, null,
            Exclusion.ORDINAL));
        i++;
        continue;
      }
      Optional<ParsedNumber> parsed = NumberParser.parse(s.words(), i);
      if (parsed.isEmpty()) {
        i++;
        continue;
      }
      Reading r = new Reading(s, i, parsed.get(), floor);
      r.read(objects);
      Candidate c = r.candidate();
      out.add(c);
      if (c.isCount() && c.object() != null) {
        objects.add(c.object());
      }
      floor = r.numberEnd;
      i = r.numberEnd;
    }
    return out;
  }

  /** The counts of one sentence, in text order. */
  public List<Count> counts(SentenceView s) {
    List<Count> out = new ArrayList<>();
    for (Candidate c : candidates(s)) {
      if (c.isCount()) {
        out.add(c.toCount());
      }
    }
    return out;
  }

  /** The reading of one number: token indices and what was found, filled in step by step. */
  private static final class Reading {
    private final SentenceView s;
    private final ParsedNumber parsed;
    private final int floor;
    private final int numberStart;
    private int numberEnd;
    private int first;
    private int last;
    private double value;
    private CountQualifier qualifier = CountQualifier.EXACT;
    private boolean range;
    private boolean score;
    private Phrase object;
    private Span objectSpan;
    private int afterObject;
    private String kind;
    private Exclusion exclusion;

    Reading(SentenceView s, int start, ParsedNumber parsed, int floor) {
      this.s = s;
      this.parsed = parsed;
      this.floor = floor;
      this.numberStart = start;
      this.numberEnd = start + parsed.length();
      this.first = start;
      this.value = parsed.value();
    }

    void read(List<Span> earlierObjects) {
      readRange();
      int tail = readQualifier();
      readObject(tail);
      readKind();
      if (object == null && kind == null) {
        readAntecedent(earlierObjects);
      }
      exclusion = exclusion();
    }

    /** "20 to 30", "between 20 and 30", "20-30": one count, its lower bound. */
    private void readRange() {
      if (parsed.vague()) {
        return;
      }
      String joiner = s.lower(numberEnd);
      boolean dash = DASHES.contains(joiner);
      boolean between = joiner.equals("and") && s.lower(numberStart - 1).equals("between");
      boolean to = joiner.equals("to") && !s.lower(numberStart - 1).equals("from");
      if (!dash && !between && !to) {
        return;
      }
      ParsedNumber second = NumberParser.parse(s.words(), numberEnd + 1).orElse(null);
      if (second == null || second.vague()) {
        return;
      }
      int secondEnd = numberEnd + 1 + second.length();
      boolean joined = s.joinedToPrevious(numberEnd) && s.joinedToPrevious(numberEnd + 1);
      if (second.value() > value && (to || between || (joined && s.isPluralNoun(secondEnd)))) {
        range = true;
        numberEnd = secondEnd;
      } else if (dash && isDigits(numberStart) && isDigits(numberEnd + 1)) {
        // "3-0", "Sweden 1 – 0 Korea Republic": both numbers belong to the score.
        score = true;
        numberEnd = secondEnd;
      }
    }

    private boolean isDigits(int i) {
      return NumberParser.digits(s.word(i)).isPresent();
    }

    /** Sets the qualifier and the phrase start; returns the token after number and qualifier. */
    private int readQualifier() {
      Optional<Qualifiers.Match> before = Qualifiers.before(s.words(), numberStart, floor);
      int tail = numberEnd;
      if (before.isPresent()) {
        qualifier = before.get().qualifier();
        first = numberStart - before.get().length();
      } else if (range) {
        qualifier = CountQualifier.AT_LEAST;
        if (s.lower(numberStart - 1).equals("between") && numberStart - 1 >= floor) {
          first = numberStart - 1;
        }
      } else {
        Optional<Qualifiers.Match> after = Qualifiers.after(s.words(), numberEnd);
        if (after.isPresent()) {
          qualifier = after.get().qualifier();
          tail = numberEnd + after.get().length();
        }
      }
      if (parsed.vague()) {
        qualifier = CountQualifier.VAGUE;
      }
      last = tail;
      afterObject = tail;
      return tail;
    }

    /** The noun phrase after the number, or after "of" ("thousands of", "12 of the"). */
    private void readObject(int tail) {
      int from = tail;
      if (s.lower(tail).equals("of")) {
        if (parsed.vague()) {
          from = tail + 1;
        } else if (s.pos(tail + 1).equals("DT") || s.pos(tail + 1).equals("PRP$")) {
          from = tail + 2;
        } else if (s.pos(tail + 1).equals("PRP")) {
          afterObject = tail + 2; // "12 of them were killed": the event may follow.
          return;
        } else {
          return;
        }
      }
      Phrase p = NounPhrases.at(s, from);
      if (p == null) {
        return;
      }
      object = p;
      objectSpan = s.span(p.start(), p.end());
      last = p.end();
      afterObject = p.end();
    }

    /** The event kind: after the phrase, inside it, before it, a death toll, the object noun. */
    private void readKind() {
      int after = kindAfter();
      if (after >= 0) {
        last = after + 1;
        return;
      }
      if (object != null) {
        for (int k = object.start(); k < object.head(); k++) {
          Optional<String> mod = EventKinds.following(s.lemma(k), false);
          if (mod.isPresent() && !s.isNoun(k)) {
            kind = mod.get();
            return;
          }
        }
      }
      int b = s.lower(first - 1).equals("all") ? first - 2 : first - 1;
      if (b >= floor && s.pos(b).startsWith("VB") && EventKinds.transitive(s.lemma(b)).isPresent()) {
        kind = EventKinds.transitive(s.lemma(b)).get();
        first = b;
        return;
      }
      if (b - 1 >= floor && s.lower(b).equals("of")
          && EventKinds.ofNominal(s.lemma(b - 1)).isPresent()) {
        kind = EventKinds.ofNominal(s.lemma(b - 1)).get();
        first = b - 1;
        return;
      }
      for (int k = first - 1; k >= Math.max(floor, first - MAX_TOLL_DISTANCE); k--) {
        if (s.lemma(k).equals("toll")) {
          kind = EventKinds.KILLED;
          return;
        }
      }
      if (object != null) {
        kind = EventKinds.ofNoun(s.lemma(object.head())).orElse(null);
      }
    }

    /**
     * The event word after the phrase ("were killed", "died", "dead"), setting {@link #kind};
     * returns its token index, or -1.
     */
    private int kindAfter() {
      int k = afterObject;
      boolean be = false;
      boolean have = false;
      int skipped = 0;
      while (skipped < MAX_AUXILIARIES && s.has(k)
          && (AUXILIARIES.contains(s.lower(k)) || s.pos(k).equals("RB"))
          && !s.inTimeExpression(k)) {
        be |= BE.contains(s.lower(k));
        have |= s.lemma(k).equals("have");
        k++;
        skipped++;
      }
      if (!s.has(k) || s.inTimeExpression(k)) {
        return -1;
      }
      String pos = s.pos(k);
      if (!pos.startsWith("VB") && !pos.startsWith("JJ")) {
        return -1;
      }
      Optional<String> found = EventKinds.following(s.lemma(k), object == null);
      if (found.isEmpty()) {
        return -1;
      }
      if (EventKinds.isTransitive(s.lemma(k)) && !pos.startsWith("JJ")) {
        boolean passive =
            be || (!have && (pos.equals("VBN") || pos.equals("VBD"))
                && !OBJECT_START_TAGS.contains(s.pos(k + 1)));
        if (!passive) {
          return -1;
        }
      }
      kind = found.get();
      return k;
    }

    /** "they were 5,200": the object of the one plural phrase "they" stands for. */
    private void readAntecedent(List<Span> earlierObjects) {
      int verb = first - 1;
      int pronoun = first - 2;
      if (pronoun < floor || !PREDICATES.contains(s.lemma(verb))
          || !PLURAL_PRONOUNS.contains(s.lower(pronoun))) {
        return;
      }
      List<Phrase> plurals = NounPhrases.pluralsBefore(s, pronoun);
      Phrase chosen = null;
      if (plurals.size() == 1) {
        chosen = plurals.get(0);
      } else {
        List<Phrase> counted = new ArrayList<>();
        for (Phrase p : plurals) {
          Span ps = s.span(p.start(), p.end());
          if (earlierObjects.stream().anyMatch(o -> o.overlaps(ps))) {
            counted.add(p);
          }
        }
        if (counted.size() == 1) {
          chosen = counted.get(0);
        }
      }
      if (chosen != null) {
        objectSpan = s.span(chosen.start(), chosen.end());
      }
    }

    private Span numberSpan() {
      return s.span(numberStart, numberEnd);
    }

    /** The first exclusion that applies, in the order of {@link Exclusion}. */
    private Exclusion exclusion() {
      Span number = numberSpan();
      Exclusion unit = unitAfter();
      if (isListMarker()) {
        return Exclusion.LIST_MARKER;
      }
      if (s.timexes().stream().anyMatch(t -> t.span().overlaps(number))) {
        return Exclusion.TIME_EXPRESSION;
      }
      if (isYear()) {
        return Exclusion.YEAR;
      }
      if (Units.isCurrencySign(s.word(first - 1)) || Units.isCurrencySign(s.word(numberStart - 1))
          || s.pos(numberStart - 1).equals("$") || unit == Exclusion.MONEY) {
        return Exclusion.MONEY;
      }
      if (unit == Exclusion.PERCENT) {
        return Exclusion.PERCENT;
      }
      if (isAge()) {
        return Exclusion.AGE;
      }
      if (score) {
        return Exclusion.SCORE;
      }
      if (unit != null) {
        return unit;
      }
      if (isNameOrCode(number)) {
        return Exclusion.NAME_OR_CODE;
      }
      if (isDefiniteReference()) {
        return Exclusion.DEFINITE_REFERENCE;
      }
      if (isPronounOne()) {
        return Exclusion.PRONOUN_ONE;
      }
      if (objectSpan == null && kind == null) {
        return Exclusion.NO_OBJECT;
      }
      Span whole = span();
      if (s.timexes().stream().anyMatch(t -> isDateOrTime(t) && t.span().overlaps(whole))) {
        return Exclusion.TIME_EXPRESSION;
      }
      return null;
    }

    /** The unit right after the number ("%", "per cent", "euros", "- day") or in the object. */
    private Exclusion unitAfter() {
      int k = numberEnd;
      if (s.word(k).equals("-") && s.joinedToPrevious(k)) {
        k++;
      }
      if (NounPhrases.NOT_PART_OF_OBJECT.contains(s.lower(k))) {
        k++; // "six more months"
      }
      if (s.lower(k).equals("per") && s.lower(k + 1).equals("cent")) {
        return Exclusion.PERCENT;
      }
      Optional<Exclusion> direct = Units.of(s.word(k), s.lemma(k));
      if (direct.isPresent()) {
        return direct.get();
      }
      if (object != null) {
        for (int j = object.start(); j < object.end(); j++) {
          Optional<Exclusion> u = Units.of(s.word(j), s.lemma(j));
          if (u.isPresent()) {
            return u.get();
          }
        }
      }
      return null;
    }

    private boolean isListMarker() {
      if (s.pos(numberStart).equals("LS")) {
        return true;
      }
      boolean opensLine =
          numberStart == 0 || s.token(numberStart).start() == s.blockStart()
              || (numberStart == 1 && s.word(0).equals("("));
      String next = s.word(numberEnd);
      return opensLine && numberEnd == numberStart + 1 && s.joinedToPrevious(numberEnd)
          && (next.equals(".") || next.equals(")"));
    }

    private boolean isYear() {
      String w = s.word(numberStart);
      if (numberEnd != numberStart + 1 || w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (value < FIRST_YEAR || value > LAST_YEAR) {
        return false;
      }
      if (value >= ALWAYS_YEAR) {
        return true;
      }
      // "a survey of 1709 schoolchildren": a plural noun after, nothing year-like before.
      boolean countedAfter = s.isPluralNoun(numberEnd);
      String before = s.lower(numberStart - 1);
      boolean yearBefore = YEAR_CONTEXT.contains(before) || s.pos(numberStart - 1).equals("POS")
          || s.pos(numberStart - 1).equals("PRP$");
      return !countedAfter || yearBefore;
    }

    private boolean isAge() {
      // "14 - year - old", "a 19 year old", "six-month-old".
      int k = numberEnd;
      for (int steps = 0; steps < 4 && s.has(k); steps++, k++) {
        String w = s.lower(k);
        if (w.equals("old") || w.endsWith("-old")) {
          return steps > 0 || w.endsWith("-old");
        }
        if (!w.equals("-") && !Units.TIME.contains(w)) {
          break;
        }
      }
      if (AGE_WORDS.contains(s.lower(first - 1))) {
        return true;
      }
      // "Thomas Sam, 42, and", "Daniel Montalvo (19)": an apposition to a name.
      boolean afterName = s.pos(numberStart - 2).startsWith("NNP");
      String open = s.word(numberStart - 1);
      String close = s.word(numberEnd);
      boolean apposition =
          (open.equals(",") && (close.equals(",") || close.equals(";") || close.equals(".")
                  || s.lower(numberEnd).equals("and")))
              || (open.equals("(") && close.equals(")"));
      return afterName && apposition && first == numberStart && !parsed.vague() && !range
          && value <= MAX_AGE && s.pos(numberStart).equals("CD");
    }

    private boolean isNameOrCode(Span number) {
      for (EntityMention m : s.mentions()) {
        if (m.span().overlaps(number)) {
          return true;
        }
      }
      boolean digits = NumberParser.digits(s.word(numberStart)).isPresent();
      // "Covid-19", "G-20": a number hyphened to a word.
      if (s.word(numberStart - 1).equals("-") && s.joinedToPrevious(numberStart)
          && s.joinedToPrevious(numberStart - 1)
          && s.word(numberStart - 2).chars().anyMatch(Character::isLetter)) {
        return true;
      }
      // "IE9" split apart, "A380" split apart: digits glued to letters.
      if (digits && s.joinedToPrevious(numberStart)
          && s.word(numberStart - 1).chars().anyMatch(Character::isLetter)) {
        return true;
      }
      String before = s.lower(numberStart - 1);
      // "No. 1 music seller", "#2 browser", "number 3".
      if (first == numberStart && Units.LABELS.contains(before)) {
        return true;
      }
      // "S&P 500 index", "Chapter 11 protection", "Movimento 5 Stelle": digits after a name.
      if (digits && first == numberStart && s.pos(numberStart - 1).startsWith("NNP") && kind == null) {
        return true;
      }
      // "Route 66", "posts 542 and 543": a label, nothing counted after it.
      if (digits && first == numberStart && s.isNoun(numberStart - 1) && object == null
          && kind == null) {
        return true;
      }
      // "day one motions", "number-one priority".
      if (s.lower(numberStart).equals("one") && first == numberStart
          && (s.isNoun(numberStart - 1) || s.word(numberStart - 1).equals("-")) && kind == null) {
        return true;
      }
      // "the 5000 mark", "iPhone 3.0 software", "a 12 person team": a number before a singular
      // noun names a model, a level or a size, not a number of things.
      return object != null && value != 1 && !parsed.vague()
          && (s.pos(object.head()).equals("NN") || s.pos(object.head()).equals("NNP"))
          && !Units.INVARIANT_PLURALS.contains(s.lower(object.head()));
    }

    private boolean isDefiniteReference() {
      if (qualifier != CountQualifier.EXACT || range || kind != null
          || value > MAX_DEFINITE_REFERENCE || first != numberStart) {
        return false;
      }
      String before = s.lower(numberStart - 1);
      return DEFINITE.contains(before) || s.pos(numberStart - 1).equals("PRP$")
          || s.pos(numberStart - 1).equals("POS");
    }

    private boolean isPronounOne() {
      if (!s.lower(numberStart).equals("one") || numberEnd != numberStart + 1) {
        return false;
      }
      // "one dead", "one killed": an event word right after; anything else needs an object.
      boolean eventNext = kind != null && last == numberEnd + 1;
      return ONE_AS_PRONOUN.contains(s.lower(numberStart - 1))
          || s.lower(numberEnd).equals("of")
          || (object == null && !eventNext);
    }

    private static boolean isDateOrTime(TimeExpression t) {
      return t.type() == TimexType.DATE || t.type() == TimexType.TIME;
    }

    private Span span() {
      int end = Math.max(numberEnd, last);
      return s.span(first, end);
    }

    Candidate candidate() {
      Span span = span();
      Span place = null;
      Span time = null;
      if (exclusion == null) {
        place = PlaceAndTime.place(span, s);
        time = PlaceAndTime.time(span, s);
      }
      return new Candidate(span, numberSpan(), value, qualifier, objectSpan, kind, place, time,
          exclusion);
    }
  }
}
