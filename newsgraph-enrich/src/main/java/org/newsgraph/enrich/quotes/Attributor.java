package org.newsgraph.enrich.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.enrich.entities.Lexicon;
import org.newsgraph.enrich.text.Tokens;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Quotation;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.model.Span;

/**
 * Finds the quotations of one document and attributes them.
 *
 * <p>Direct quotations first: each quoted stretch (see {@link QuoteMarks}) of three words or
 * more looks for its cue and speaker after the closing mark ("…," said Robert Ford; "…," he
 * added), then before the opening mark (X said: "…"; X affirmed that "…"; according to X, "…").
 * Quotes of one or two words with no sentence inside are scare quotes: no speaker. A quote
 * embedded in a sentence without a cue is attributed to the sentence's subject. Then reported
 * speech: a verb of saying or thinking with a subject and a clause ("X said that …", "…, argue
 * the other countries", "…, X said", "according to X, …").
 */
final class Attributor {

  /** Quotes of at most this many words, with no sentence of their own, are scare quotes. */
  static final int SCARE_MAX_WORDS = 2;

  /** Reported content needs at least this many words: shorter is a phrase, not a statement. */
  static final int MIN_CONTENT_WORDS = 3;

  /** Tokens between a closing quotation mark and its cue ("…," the minister said). */
  static final int CUE_AFTER_WINDOW = 10;

  /** Tokens between a cue and the opening quotation mark (X said on Thursday that "…"). */
  static final int CUE_BEFORE_WINDOW = 12;

  /** Sentences back in which a pronoun speaker looks for its antecedent. */
  static final int ANTECEDENT_SENTENCES = 2;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> MALE_FEMALE = Set.of("he", "she", "him", "her");

  private final Document doc;
  private final Tokens t;
  private final List<Reference> refs;
  private final Entities entities;
  private final boolean[] quoted;
  private final boolean[] usedCue;
  private final List<Quotation> out = new ArrayList<>();

  Attributor(Document doc) {
    this.doc = doc;
    this.t = new Tokens(doc);
    this.refs = doc.findLayer(org.newsgraph.model.Layers.REFERENCES).orElse(List.of());
    this.entities = doc.entities();
    this.quoted = new boolean[t.size()];
    this.usedCue = new boolean[t.size()];
  }

  List<Quotation> run() {
    List<List<QuoteMarks.Segment>> groups = group(QuoteMarks.find(doc));
    for (List<QuoteMarks.Segment> g : groups) {
      for (QuoteMarks.Segment s : g) {
        int[] r = t.covering(new Span(s.open(), Math.min(doc.text().length(), s.close() + 1)));
        for (int i = r[0]; i < r[1]; i++) {
          quoted[i] = true;
        }
      }
    }
    for (List<QuoteMarks.Segment> g : groups) {
      direct(g);
    }
    reported();
    out.sort(Comparator.comparing(Quotation::span));
    return out;
  }

  // ---- direct quotations -----------------------------------------------------------------

  /** Joins a quote that runs on with the one opening the next article paragraph. */
  private List<List<QuoteMarks.Segment>> group(List<QuoteMarks.Segment> segments) {
    List<List<QuoteMarks.Segment>> groups = new ArrayList<>();
    List<QuoteMarks.Segment> current = null;
    for (QuoteMarks.Segment s : segments) {
      if (current != null && current.get(current.size() - 1).continues()
          && opensParagraph(s.open())) {
        current.add(s);
      } else {
        current = new ArrayList<>();
        current.add(s);
        groups.add(current);
      }
    }
    return groups;
  }

  private boolean opensParagraph(int offset) {
    for (Block b : doc.blocks()) {
      if (b.start() == offset) {
        return true;
      }
    }
    return false;
  }

  private void direct(List<QuoteMarks.Segment> g) {
    List<Span> pieces = g.stream().map(QuoteMarks.Segment::content).toList();
    Span all = pieces.get(0).union(pieces.get(pieces.size() - 1));
    int words = 0;
    for (Span p : pieces) {
      words += words(doc.surface(p));
    }
    String last = doc.surface(pieces.get(pieces.size() - 1));
    boolean sentence = last.endsWith(".") || last.endsWith("?") || last.endsWith("!")
        || doc.surface(all).matches("(?s).*[.?!]\\s+\\p{Lu}.*");
    if (g.size() == 1 && words <= SCARE_MAX_WORDS && !sentence) {
      out.add(new Quotation(all, pieces, QuoteKind.SCARE, null, null, null, null));
      return;
    }
    QuoteMarks.Segment first = g.get(0);
    QuoteMarks.Segment end = g.get(g.size() - 1);
    Attribution a = cueAfter(end.close());
    if (a == null) {
      a = cueBefore(first.open());
    }
    boolean embedded = wordsBefore(first.open()) > 0;
    if (a == null && embedded) {
      a = subjectOf(first.open());
    }
    QuoteKind kind = embedded ? QuoteKind.MIXED : QuoteKind.DIRECT;
    if (a == null && !embedded && continueLast(first.open(), pieces)) {
      return;
    }
    if (a == null) {
      out.add(new Quotation(all, pieces, kind, null, null, null, null));
      return;
    }
    if (a.cue != null) {
      markCue(a.cue);
    }
    out.add(new Quotation(all, pieces, kind, a.cue, a.source, a.speaker, a.entity));
  }

  /**
   * The news convention '"…," said X. "…"': a quotation standing alone right after an
   * attributed one continues it. Adds the pieces to the last attribution when it ends at most
   * {@link #CONTINUATION_TOKENS} tokens before, in the same or the previous paragraph.
   */
  private boolean continueLast(int open, List<Span> pieces) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Quotation q = out.get(i);
      if (q.kind() == QuoteKind.SCARE) {
        continue;
      }
      if (q.source() == null || q.kind() == QuoteKind.INDIRECT) {
        return false;
      }
      int gap = t.firstEndingAfter(open) - t.firstEndingAfter(q.span().end());
      int blocks = blockOfToken(t.firstEndingAfter(open))
          - blockOfToken(Math.max(0, t.firstEndingAfter(q.span().end()) - 1));
      if (gap > CONTINUATION_TOKENS || blocks > 1) {
        return false;
      }
      List<Span> all = new ArrayList<>(q.pieces());
      all.addAll(pieces);
      out.set(i, new Quotation(q.span().union(pieces.get(pieces.size() - 1)), all, q.kind(),
          q.cue(), q.source(), q.speaker(), q.speakerEntity()));
      return true;
    }
    return false;
  }

  /** Tokens between an attributed quotation and the standalone quotation that continues it. */
  static final int CONTINUATION_TOKENS = 20;

  /** Word tokens in the same sentence before an offset (excluding a speaker and cue). */
  private int wordsBefore(int offset) {
    int k = t.firstEndingAfter(offset);
    if (k >= t.size()) {
      return 0;
    }
    int s = t.sentence(k);
    int n = 0;
    for (int i = t.sentenceStart(s); i < k; i++) {
      if (!t.isPunctuation(i) && !usedCue[i]) {
        n++;
      }
    }
    // "X said: "…"" is not embedded: the words before are the attribution.
    return cueBefore(offset) != null ? 0 : n;
  }

  /** Cue and speaker after a closing mark: ', said X', ', X said', ', according to X'. */
  private Attribution cueAfter(int close) {
    int k = firstTokenAfter(close);
    int limit = Math.min(t.size(), k + CUE_AFTER_WINDOW);
    while (k < limit && (t.lower(k).equals(",") || isQuoteMark(k))) {
      k++;
    }
    if (k >= limit || !sameBlock(close, k)) {
      return null;
    }
    int end = blockLimit(k);
    if (t.lower(k).equals("according") && k + 1 < end && t.lower(k + 1).equals("to")) {
      return speaker(new int[] {k, k + 2}, Phrases.after(t, k + 2, end));
    }
    if (isCue(k, true)) {
      int np = skipAddressee(k + 1, end);
      return speaker(new int[] {k, k + 1}, Phrases.after(t, np, end));
    }
    int[] np = Phrases.after(t, k, end);
    if (np != null) {
      int v = np[1];
      while (v < end && t.pos(v).startsWith("RB")) {
        v++;
      }
      if (v < end && isCue(v, true)) {
        return speaker(new int[] {v, v + 1}, np);
      }
    }
    return null;
  }

  /** Cue and speaker before an opening mark: 'X said: "', 'X affirmed that "', 'according to X, "'. */
  private Attribution cueBefore(int open) {
    int q = t.firstEndingAfter(open);
    if (q >= t.size()) {
      return null;
    }
    int s = t.sentence(q);
    int start = t.sentenceStart(s);
    for (int k = q - 1; k >= Math.max(start, q - CUE_BEFORE_WINDOW); k--) {
      if (quoted[k] && k < q - 1) {
        break;
      }
      if (t.lower(k).equals("according") && k + 1 < q && t.lower(k + 1).equals("to")) {
        return speaker(new int[] {k, k + 2}, Phrases.after(t, k + 2, q));
      }
      if (isCue(k, true) && !usedCue[k]) {
        int[] np = Phrases.before(t, k, start);
        if (np == null) {
          continue;
        }
        return speaker(new int[] {k, k + 1}, np);
      }
    }
    return null;
  }

  /** For an embedded quote without a cue: the entity that is the sentence's subject. */
  private Attribution subjectOf(int open) {
    int q = t.firstEndingAfter(open);
    if (q >= t.size()) {
      return null;
    }
    int s = t.sentence(q);
    for (int k = t.sentenceStart(s); k < q; k++) {
      if (t.isVerb(k)) {
        int[] np = Phrases.before(t, k, t.sentenceStart(s));
        if (np == null) {
          return null;
        }
        Attribution a = speaker(null, np);
        return a != null && a.entity != null ? a : null;
      }
    }
    return null;
  }

  // ---- reported speech -------------------------------------------------------------------

  private void reported() {
    for (int s = 0; s < t.sentenceCount(); s++) {
      int start = t.sentenceStart(s);
      int end = t.sentenceEnd(s);
      if (end <= start || !articleText(start)) {
        continue;
      }
      if (t.lower(start).equals("according") && start + 1 < end && t.lower(start + 1).equals("to")) {
        int[] np = Phrases.after(t, start + 2, end);
        if (np != null && np[1] < end && t.lower(np[1]).equals(",")) {
          addReported(new int[] {start, start + 2}, np, np[1] + 1, end);
          continue;
        }
      }
      if (endsWithAccordingTo(start, end)) {
        continue;
      }
      for (int k = start; k < end; k++) {
        if (quoted[k] || !isCue(k, false)) {
          continue;
        }
        // "…, saying (that) …": the subject of the sentence said it.
        if (t.pos(k).equals("VBG") && k - 1 > start && t.lower(k - 1).equals(",")) {
          int c = contentStart(k, end);
          int[] subject = sentenceSubject(start, k - 1);
          if (c > 0 && subject != null) {
            addReported(new int[] {k, k + 1}, subject, c, end);
            break;
          }
          continue;
        }
        if (t.pos(k).equals("VBN") && k > start && t.lemma(k - 1).equals("be")) {
          continue; // passive: "is believed to", no speaker
        }
        // "…, argue the other countries." / "…, assure AFP two government officials."
        if (k - 1 > start && t.lower(k - 1).equals(",") && k + 1 < end) {
          int npStart = skipAddressee(k + 1, end);
          int[] np = Phrases.after(t, npStart, end);
          if (np != null && np[1] >= end - 1) {
            addReported(new int[] {k, k + 1}, np, start, k - 1);
            break;
          }
        }
        int[] np = Phrases.before(t, k, start);
        // "…, the minister said."
        if (np != null && np[0] - 1 > start && t.lower(np[0] - 1).equals(",") && k + 1 >= end - 1) {
          addReported(new int[] {k, k + 1}, np, start, np[0] - 1);
          break;
        }
        // "X said (that) …"
        if (np != null) {
          int c = contentStart(k, end);
          if (c > 0) {
            addReported(new int[] {k, k + 1}, np, c, end);
            break;
          }
        }
      }
    }
  }

  /**
   * Tokens after a cue within which the reported clause must show its verb; also how far the
   * complementizer "that" may come after adverbials ("said on Thursday in a statement that").
   */
  static final int CLAUSE_WINDOW = 15;

  /** "…, according to X." at the end of a sentence: the clause before is X's. */
  private boolean endsWithAccordingTo(int start, int end) {
    for (int k = end - 2; k > start + 2; k--) {
      if (t.lower(k).equals("according") && t.lower(k + 1).equals("to")
          && t.lower(k - 1).equals(",")) {
        int[] np = Phrases.after(t, k + 2, end);
        if (np != null && np[1] >= end - 1 && !usedCue[k]) {
          addReported(new int[] {k, k + 2}, np, start, k - 1);
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /** The subject of the sentence's first verb before token {@code limit}, or null. */
  private int[] sentenceSubject(int start, int limit) {
    for (int k = start; k < limit; k++) {
      if (t.isVerb(k) && !t.pos(k).equals("VBG") && !t.pos(k).equals("VBN")) {
        return Phrases.before(t, k, start);
      }
    }
    return null;
  }

  /** Where the reported clause after a cue starts, or -1 when none follows. */
  private int contentStart(int cue, int end) {
    int c = cue + 1;
    String lemma = t.lemma(cue);
    if (lemma.equals("tell") || lemma.equals("assure") || lemma.equals("inform")
        || lemma.equals("remind") || lemma.equals("warn") || lemma.equals("notify")) {
      int[] addressee = Phrases.after(t, c, end);
      if (addressee != null) {
        c = addressee[1];
      }
    }
    // "announced on Thursday (June 11th) that …": skip to "that" when it comes soon.
    for (int k = c; k < Math.min(end, c + CLAUSE_WINDOW); k++) {
      if (t.lower(k).equals("that") && t.pos(k).equals("IN")) {
        return k + 1 < end ? k + 1 : -1;
      }
      if (t.isVerb(k) && k > c) {
        break;
      }
    }
    // Adverbials between the cue and the clause: "said after the convention he would …",
    // "said Tuesday the plan …".
    while (c < end && (t.pos(c).startsWith("RB") || isTimeWord(c))) {
      c++;
    }
    if (c < end && t.pos(c).equals("IN") && !t.lower(c).equals("that")) {
      int[] pp = Phrases.after(t, c + 1, end);
      if (pp != null && pp[1] < end && (t.pos(pp[1]).equals("PRP") || t.pos(pp[1]).startsWith("NN")
          || t.pos(pp[1]).equals("DT"))) {
        c = pp[1];
      }
    }
    if (c >= end) {
      return -1;
    }
    String p = t.pos(c);
    boolean infinitive = t.lower(c).equals("to") && c + 1 < end && t.pos(c + 1).equals("VB");
    boolean gerund = p.equals("VBG");
    boolean clause = false;
    for (int k = c; k < Math.min(end, c + CLAUSE_WINDOW); k++) {
      if (t.isVerb(k) && !t.pos(k).equals("VBG") && !t.pos(k).equals("VBN") && k > c) {
        clause = true;
        break;
      }
      if (t.isPunctuation(k) && !t.pos(k).equals("HYPH") && !t.pos(k).equals("POS")
          && !isQuoteMark(k)) {
        break;
      }
    }
    boolean subjectFirst = p.startsWith("NN") || p.equals("PRP") || p.equals("DT")
        || p.startsWith("JJ") || p.equals("CD") || p.equals("EX") || p.equals("PRP$")
        || t.lower(c).equals("neither") || t.lower(c).equals("either") || isQuoteMark(c);
    if ((subjectFirst && clause) || infinitive || gerund) {
      return c;
    }
    return -1;
  }

  private boolean isTimeWord(int k) {
    return t.pos(k).equals("NNP") && org.newsgraph.enrich.text.Calendar.isDayOrMonth(t.lower(k));
  }

  private void addReported(int[] cue, int[] np, int from, int to) {
    while (to > from && t.isPunctuation(to - 1)) {
      to--;
    }
    while (from < to && (t.isPunctuation(from) || t.pos(from).equals("CC")
        || t.lower(from).equals("however"))) {
      from++;
    }
    if (to - from < 1) {
      return;
    }
    Span content = t.span(from, to);
    if (words(doc.surface(content)) < MIN_CONTENT_WORDS) {
      return;
    }
    // A direct quotation inside the clause: the attribution covers both (mixed).
    boolean mixed = false;
    Span cueSpan = t.span(cue[0], cue[1]);
    for (int i = out.size() - 1; i >= 0; i--) {
      Quotation q = out.get(i);
      if (q.kind() == QuoteKind.SCARE) {
        mixed |= content.contains(q.span());
        continue;
      }
      if (q.span().overlaps(content)) {
        if (q.cue() != null && !q.cue().equals(cueSpan)) {
          return; // a quotation inside with a cue of its own
        }
        if (q.cue() != null && words(doc.surface(q.span())) * 5 >= words(doc.surface(content)) * 4) {
          return; // the direct quotation is the whole content: it stays direct
        }
        // Unattributed, or attributed by this very cue: one mixed attribution.
        out.remove(i);
        mixed = true;
      }
    }
    Attribution a = speaker(cue, np);
    if (a == null) {
      return;
    }
    markCue(a.cue);
    out.add(new Quotation(content, List.of(content), mixed ? QuoteKind.MIXED : QuoteKind.INDIRECT,
        a.cue, a.source, a.speaker, a.entity));
  }

  // ---- speakers --------------------------------------------------------------------------

  /** A cue, a source span and the speaker they name. */
  private record Attribution(Span cue, Span source, String speaker, String entity) {}

  /** Resolves the noun phrase {@code np} (token range) into a speaker; null when none. */
  private Attribution speaker(int[] cue, int[] np) {
    if (np == null) {
      return null;
    }
    Span cueSpan = cue == null ? null : t.span(cue[0], cue[1]);
    Span source = t.span(np[0], np[1]);
    String text = doc.surface(source);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    // Pronouns and "one of them": the antecedent.
    if (np[1] - np[0] == 1 && (t.pos(np[0]).equals("PRP") || t.pos(np[0]).equals("WP"))) {
      String w = t.lower(np[0]);
      if (MALE_FEMALE.contains(w) || w.equals("who")) {
        Entity e = nearestPerson(np[0], w.equals("who") ? 0 : ANTECEDENT_SENTENCES);
        if (e != null) {
          return new Attribution(cueSpan, source, e.name(), e.id());
        }
      }
      return new Attribution(cueSpan, source, null, null);
    }
    if (lower.startsWith("one of them") || lower.startsWith("one of those")) {
      String group = pluralAntecedent(np[0]);
      return new Attribution(cueSpan, source, group == null ? text : "one of " + group, null);
    }
    // A named or described entity inside the phrase: people first, then organizations.
    Reference best = null;
    for (Reference r : refs) {
      if (!source.contains(r.span())) {
        continue;
      }
      Entity e = entities.find(r.actor()).orElse(null);
      // A thing or group only described ("a joint declaration"): the source phrase itself
      // says who speaks, not the wording of an earlier description.
      if (e == null || (e.type() == EntityType.MISC && !r.kind().isNamed())) {
        continue;
      }
      if (best == null || rank(e, r) > rank(entities.require(best.actor()), best)) {
        best = r;
      }
    }
    if (best != null) {
      Entity e = entities.require(best.actor());
      boolean headIsName = best.kind() != ReferenceKind.DEMONYM && (headNoun(np).equals("")
          || best.span().contains(t.get(headIndex(np)).span()));
      boolean organization = e.type() == EntityType.ORGANIZATION
          && (headIsName || Lexicon.ORG_HEADS.contains(headNoun(np)));
      if (headIsName || organization || e.type() == EntityType.PERSON) {
        return new Attribution(cueSpan, source, e.name(), e.id());
      }
      if ("government".equals(best.role())) {
        return new Attribution(cueSpan, source, describe(np), countRefs(source) == 1 ? e.id() : null);
      }
    }
    return new Attribution(cueSpan, source, describe(np), null);
  }

  private static int rank(Entity e, Reference r) {
    int base = switch (e.type()) {
      case PERSON -> 3;
      case ORGANIZATION -> 2;
      case LOCATION -> 1;
      default -> 0;
    };
    return base * 2 + (r.kind().isNamed() || r.kind() == ReferenceKind.DESCRIPTION ? 1 : 0);
  }

  private int countRefs(Span source) {
    int n = 0;
    for (Reference r : refs) {
      if (source.contains(r.span())) {
        n++;
      }
    }
    return n;
  }

  /** The head of the phrase: its last noun before a preposition. */
  private int headIndex(int[] np) {
    int head = np[0];
    for (int i = np[0]; i < np[1]; i++) {
      String p = t.pos(i);
      if (p.equals("IN")) {
        break;
      }
      if (p.startsWith("NN") || p.equals("PRP") || p.equals("CD")) {
        head = i;
      }
    }
    return head;
  }

  private String headNoun(int[] np) {
    return t.lower(headIndex(np));
  }

  /** A described source: the phrase up to its first preposition ("a diplomat at AFP" gives "a diplomat"). */
  private String describe(int[] np) {
    int end = np[1];
    for (int i = np[0] + 1; i < np[1]; i++) {
      if (t.pos(i).equals("IN") && !t.lower(i).equals("of")) {
        end = i;
        break;
      }
    }
    return t.text(np[0], end);
  }

  private Entity nearestPerson(int before, int sentencesBack) {
    int s = t.sentence(before);
    int from = t.sentenceStart(Math.max(0, s - sentencesBack));
    int from0 = t.get(from).start();
    int at = t.get(before).start();
    Entity found = null;
    for (Reference r : refs) {
      if (r.start() >= from0 && r.start() < at) {
        Entity e = entities.find(r.actor()).orElse(null);
        if (e != null && e.type() == EntityType.PERSON) {
          found = e;
        }
      }
    }
    return found;
  }

  /** "two government officials" in the sentences before: the group "one of them" belongs to. */
  private String pluralAntecedent(int before) {
    int s = t.sentence(before);
    String found = null;
    for (int k = t.sentenceStart(Math.max(0, s - ANTECEDENT_SENTENCES)); k < before; k++) {
      if (t.pos(k).equals("CD") && !t.lower(k).matches("\\d{4}")) {
        int j = k + 1;
        while (j < before && (t.pos(j).startsWith("JJ") || t.pos(j).equals("NN"))) {
          j++;
        }
        if (j < before && t.pos(j).equals("NNS")) {
          found = t.text(k, j + 1);
        }
      }
    }
    return found;
  }

  // ---- helpers ---------------------------------------------------------------------------

  private boolean isCue(int k, boolean forQuote) {
    if (!t.isVerb(k) || t.pos(k).equals("MD")) {
      return false;
    }
    String lemma = t.lemma(k).toLowerCase(java.util.Locale.ROOT);
    return forQuote ? Cues.forQuote(lemma) : Cues.forReported(lemma);
  }

  /** Skips an addressee right after a cue when a speaker follows ("assure AFP two officials"). */
  private int skipAddressee(int k, int end) {
    if (k < end && Cues.ADDRESSEES.contains(t.lower(k)) && k + 1 < end
        && Phrases.nominal(t.pos(k + 1))) {
      return k + 1;
    }
    return k;
  }

  private void markCue(Span cue) {
    if (cue == null) {
      return;
    }
    int[] r = t.covering(cue);
    for (int i = r[0]; i < r[1]; i++) {
      usedCue[i] = true;
    }
  }

  private int firstTokenAfter(int offset) {
    int k = t.firstEndingAfter(offset);
    while (k < t.size() && t.get(k).start() <= offset) {
      k++;
    }
    return k;
  }

  private boolean isQuoteMark(int k) {
    String w = t.word(k);
    return w.equals("\"") || w.equals("”") || w.equals("“") || w.equals("''") || w.equals("``")
        || w.equals("»") || w.equals("«");
  }

  private boolean sameBlock(int offset, int token) {
    int k = t.firstEndingAfter(offset);
    return k < t.size() && blockOfToken(k) == blockOfToken(token);
  }

  /** One past the last token of token k's block. */
  private int blockLimit(int k) {
    int b = blockOfToken(k);
    int i = k;
    while (i < t.size() && blockOfToken(i) == b) {
      i++;
    }
    return i;
  }

  private int blockOfToken(int k) {
    return doc.sentences().get(t.sentence(k)).block();
  }

  private boolean articleText(int token) {
    return doc.blocks().get(blockOfToken(token)).kind().isArticleText();
  }

  static int words(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
