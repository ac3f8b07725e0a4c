package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index: one Lucene document per article, derived from the tables (so it can
 * always be rebuilt from them). Searches parse the Lucene query syntax (phrases, AND/OR/NOT,
 * fields, {@code published:[2020-06-01 TO 2020-06-30]}) and return highlighted snippets.
 *
 * <p>The index's last commit records the last segment batch it holds, so a writer that starts
 * after a crash indexes what the tables have and the index lacks.
 */
public final class SearchIndex implements AutoCloseable {

  /** What the index holds of an article. */
  public record ArticleDoc(
      String id,
      String title,
      String text,
      String url,
      String site,
      String language,
      List<String> authors,
      LocalDate published,
      Collection<String> entities) {}

  /** One search: the query text and filters; null or empty means no filter. */
  public record SearchRequest(
      String query,
      LocalDate from,
      LocalDate to,
      Set<String> entities,
      String language,
      String site,
      boolean newestFirst,
      int limit,
      int offset) {}

  /** A hit: the article's stored fields and a snippet with the matches in {@code <b>}. */
  public record Hit(
      String id, String title, String url, String site, LocalDate published, float score,
      String snippet) {}

  public record Results(long total, List<Hit> hits) {}

  /** The fields a query may name. */
  public static final List<String> FIELDS =
      List.of("title", "text", "author", "site", "language", "entity", "published");

  private static final String BATCH = "newsgraph.batch";
  private static final String LAYOUT_KEY = "newsgraph.layout";

  /**
   * The layout of the index's documents, recorded in every commit. 2 added the doc values that
   * {@link #facetCounts} reads ({@code dv_id}, {@code dv_site}, {@code dv_language}, {@code
   * dv_entity}: new fields, since Lucene does not let a field gain doc values). An index without
   * a recorded layout is layout 1; the store's writer rebuilds an index of an older layout from
   * the tables when it opens the store.
   */
  public static final int LAYOUT = 2;

  /** Doc values: what the matches of a search hold, read without the stored fields. */
  private static final String DV_ID = "dv_id";
  private static final String DV_SITE = "dv_site";
  private static final String DV_LANGUAGE = "dv_language";
  private static final String DV_ENTITY = "dv_entity";
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final Directory dir;
  private final Analyzer analyzer;
  private IndexWriter writer; // null for a reader
  private DirectoryReader reader;

  private SearchIndex(Directory dir, boolean write) throws IOException {
    this.dir = dir;
    this.analyzer = analyzer();
    if (write) {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      writer = new IndexWriter(dir, cfg);
      if (!DirectoryReader.indexExists(dir)) {
        writer.setLiveCommitData(commitData(0).entrySet());
        writer.commit();
      }
    }
  }

  /** Opens the index for writing (the store's writer lock must be held). */
  public static SearchIndex openWriter(Path path) {
    try {
      return new SearchIndex(FSDirectory.open(path), true);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage()
          + "; 'newsgraph reindex' rebuilds it from the tables", e);
    }
  }

  /** Opens the index for searching; an index not made yet searches as empty. */
  public static SearchIndex openReader(Path path) {
    try {
      return new SearchIndex(FSDirectory.open(path), false);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index in " + path + ": " + e.getMessage(), e);
    }
  }

  /** Letters and digits, lower-cased and folded to ASCII ("Kazimi" = "kazimi" = "Kázimi"). */
  static Analyzer analyzer() {
    Analyzer text =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
            return new TokenStreamComponents(t, s);
          }
        };
    return new PerFieldAnalyzerWrapper(
        text,
        Map.of("id", new KeywordAnalyzer(), "site", new KeywordAnalyzer(),
            "language", new KeywordAnalyzer(), "entity", new KeywordAnalyzer()));
  }

  /** The last batch the index holds (0 when none). */
  public int indexedBatch() {
    String b = userData().get(BATCH);
    return b == null ? 0 : Integer.parseInt(b);
  }

  /**
   * The layout of the index's documents as last committed (see {@link #LAYOUT}); {@link #LAYOUT}
   * when there is no index yet.
   */
  public int layout() {
    try {
      return DirectoryReader.indexExists(dir) ? layout(userData()) : LAYOUT;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int layout(Map<String, String> userData) {
    String l = userData.get(LAYOUT_KEY);
    return l == null ? 1 : Integer.parseInt(l);
  }

  private static Map<String, String> commitData(int batch) {
    return Map.of(BATCH, Integer.toString(batch), LAYOUT_KEY, Integer.toString(LAYOUT));
  }

  /** The user data of the last commit (the writer's own when writing); empty when none. */
  private Map<String, String> userData() {
    try {
      if (!DirectoryReader.indexExists(dir)) {
        return Map.of();
      }
      if (writer != null) {
        return toMap(writer.getLiveCommitData());
      }
      List<IndexCommit> commits = DirectoryReader.listCommits(dir);
      return commits.get(commits.size() - 1).getUserData();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> it) {
    Map<String, String> m = new java.util.HashMap<>();
    if (it != null) {
      it.forEach(e -> m.put(e.getKey(), e.getValue()));
    }
    return m;
  }

  /** Adds or replaces articles (by id). Not visible until {@link #commit}. */
  public void add(List<ArticleDoc> docs) {
    try {
      for (ArticleDoc a : docs) {
        writer.updateDocument(new Term("id", a.id()), toLucene(a));
      }
    } catch (IOException e) {
      throw new StoreException("cannot add to the search index: " + e.getMessage(), e);
    }
  }

  /** Makes what was added visible and durable, recording the batch it reaches. */
  public void commit(int batch) {
    try {
      writer.setLiveCommitData(commitData(batch).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  /** Empties the index (before a rebuild). */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new StoreException("cannot clear the search index: " + e.getMessage(), e);
    }
  }

  private static Document toLucene(ArticleDoc a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new BinaryDocValuesField(DV_ID, new BytesRef(a.id())));
    if (a.title() != null) {
      d.add(new TextField("title", a.title(), Field.Store.YES));
    }
    d.add(new Field("text", a.text(), TEXT_WITH_OFFSETS));
    if (a.url() != null) {
      d.add(new StoredField("url", a.url()));
    }
    if (a.site() != null) {
      d.add(new StringField("site", a.site(), Field.Store.YES));
      d.add(new SortedDocValuesField(DV_SITE, new BytesRef(a.site())));
    }
    if (a.language() != null) {
      d.add(new StringField("language", a.language(), Field.Store.NO));
      d.add(new SortedDocValuesField(DV_LANGUAGE, new BytesRef(a.language())));
    }
    for (String author : a.authors() == null ? List.<String>of() : a.authors()) {
      d.add(new TextField("author", author, Field.Store.NO));
    }
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      d.add(new LongPoint("published", day));
      d.add(new NumericDocValuesField("published", day));
      d.add(new StoredField("published", day));
    }
    for (String e : a.entities()) {
      d.add(new StringField("entity", e, Field.Store.NO));
      d.add(new SortedSetDocValuesField(DV_ENTITY, new BytesRef(e)));
    }
    return d;
  }

  /** The number of articles in the index as last committed. */
  public int size() {
    try (Lease lease = lease()) {
      IndexSearcher s = lease == null ? null : lease.searcher();
      return s == null ? 0 : s.getIndexReader().numDocs();
    }
  }

  /** Runs a search; a query that does not parse is a StoreException saying where and why. */
  public Results search(SearchRequest r) {
    try (Lease lease = lease()) {
      IndexSearcher s = lease == null ? null : lease.searcher();
      if (s == null) {
        return new Results(0, List.of());
      }
      Query q = parse(r.query());
      Query full = filtered(q, r);
      try {
        int n = Math.max(1, r.offset() + r.limit());
        // one pass that ranks and counts every match (totals are exact; a count after a ranking
        // that stopped counting at a thousand would evaluate the query twice)
        TopDocs top =
            r.newestFirst()
                ? s.search(full, new TopFieldCollectorManager(
                    new Sort(new SortField("published", SortField.Type.LONG, true)), n, null,
                    Integer.MAX_VALUE, false))
                : s.search(full, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
        if (r.newestFirst()) {
          TopFieldCollector.populateScores(top.scoreDocs, s, full);
        }
        ScoreDoc[] docs = top.scoreDocs;
        int from = Math.min(r.offset(), docs.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, from, Math.min(docs.length, n));
        String[] snippets = new String[page.length];
        if (page.length > 0) {
          UnifiedHighlighter h =
              UnifiedHighlighter.builder(s, analyzer)
                  .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                  .withMaxLength(200_000)
                  .build();
          TopDocs pageDocs = new TopDocs(top.totalHits, page);
          snippets = h.highlight("text", q, pageDocs, 2);
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
          Document d = s.storedFields().document(page[i].doc);
          var day = d.getField("published");
          hits.add(
              new Hit(
                  d.get("id"),
                  d.get("title"),
                  d.get("url"),
                  d.get("site"),
                  day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()),
                  Float.isNaN(page[i].score) ? 0 : page[i].score,
                  snippets[i] != null ? snippets[i] : leadSnippet(d.get("text"))));
        }
        return new Results(top.totalHits.value, hits);
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooComplex(r.query());
      } catch (IOException e) {
        throw new StoreException("the search failed: " + e.getMessage(), e);
      }
    }
  }

  /** The query with the request's filters (dates, entities, language, site). */
  private static Query filtered(Query q, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
    }
    if (r.entities() != null) {
      for (String e : r.entities()) {
        b.add(new TermQuery(new Term("entity", e)), BooleanClause.Occur.FILTER);
      }
    }
    if (r.language() != null && !r.language().isEmpty()) {
      b.add(new TermQuery(new Term("language", r.language())), BooleanClause.Occur.FILTER);
    }
    if (r.site() != null && !r.site().isEmpty()) {
      b.add(new TermQuery(new Term("site", r.site())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Matches per day of publication.
   *
   * @param total every match
   * @param read the matches counted: the newest {@code maxDocs} when there are more
   * @param capped whether matches were left uncounted ({@code read < total})
   * @param days matches per day, oldest first
   * @param undated counted matches without a publication date
   */
  public record DayCounts(
      long total, int read, boolean capped, SortedMap<LocalDate, Integer> days, int undated) {}

  /**
   * Counts a search's matches per day of publication (the request's limit and offset do not
   * apply). At most {@code maxDocs} matches are read, newest first: a capped count covers the
   * latest days, the earliest of them perhaps in part, and leaves older ones out; undated
   * matches come last.
   */
  public DayCounts countByDay(SearchRequest r, int maxDocs) {
    try (Lease lease = lease()) {
      IndexSearcher s = lease == null ? null : lease.searcher();
      if (s == null) {
        return new DayCounts(0, 0, false, new TreeMap<>(), 0);
      }
      Query full = filtered(parse(r.query()), r);
      try {
        TopDocs top = newest(s, full, maxDocs);
        DayTally days = new DayTally();
        for (ScoreDoc d : top.scoreDocs) {
          days.add(d);
        }
        long total = total(s, full, top);
        int read = top.scoreDocs.length;
        return new DayCounts(total, read, read < total, days.days, days.undated);
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooComplex(r.query());
      } catch (IOException e) {
        throw new StoreException("the search failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * What a search's newest matches hold, counted by article.
   *
   * @param total every match
   * @param ids the ids of the matches read, newest first (undated last): the newest {@code
   *     maxDocs} when there are more
   * @param sites matches per site
   * @param languages matches per language
   * @param entities matches per corpus entity
   * @param days matches per day of publication, oldest first
   * @param undated matches read without a publication date
   */
  public record FacetCounts(
      long total,
      List<String> ids,
      Map<String, Integer> sites,
      Map<String, Integer> languages,
      Map<String, Integer> entities,
      SortedMap<LocalDate, Integer> days,
      int undated) {

    public FacetCounts {
      ids = List.copyOf(ids);
      sites = Map.copyOf(sites);
      languages = Map.copyOf(languages);
      entities = Map.copyOf(entities);
      days = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    static final FacetCounts NONE =
        new FacetCounts(0, List.of(), Map.of(), Map.of(), Map.of(), new TreeMap<>(), 0);

    /** The matches read. */
    public int read() {
      return ids.size();
    }

    /** Whether matches were left unread ({@code read < total}). */
    public boolean capped() {
      return ids.size() < total;
    }
  }

  /**
   * Counts what a search's newest matches hold (the request's limit and offset do not apply):
   * their ids, sites, languages, corpus entities and days, read from doc values. At most {@code
   * maxDocs} matches are read, newest first, as by {@link #countByDay}; the cost grows with them,
   * not with the index. An index of an older layout (see {@link #LAYOUT}) has no such values: a
   * StoreException says to rebuild it.
   */
  public FacetCounts facetCounts(SearchRequest r, int maxDocs) {
    try (Lease lease = lease()) {
      IndexSearcher s = lease == null ? null : lease.searcher();
      if (s == null) {
        return FacetCounts.NONE;
      }
      Query full = filtered(parse(r.query()), r);
      try {
        int layout = writer != null ? LAYOUT : layout(
            ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
        if (layout < LAYOUT) {
          throw new StoreException("the search index has layout " + layout + ", made before"
              + " facets (layout " + LAYOUT + "); rebuild it from the tables with 'newsgraph"
              + " reindex' (a newsgraph ingest into the store also does)",
              new IllegalStateException("index layout " + layout));
        }
        TopDocs top = newest(s, full, maxDocs);
        ScoreDoc[] hits = top.scoreDocs;
        // doc values are read in index order, leaf by leaf; ids keep the newest-first order
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        Map<String, Integer> sites = new java.util.HashMap<>();
        Map<String, Integer> languages = new java.util.HashMap<>();
        Map<String, Integer> entities = new java.util.HashMap<>();
        DayTally days = new DayTally();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int k = 0;
        while (k < order.length) {
          LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[order[k]].doc, leaves));
          LeafReader lr = leaf.reader();
          BinaryDocValues idValues = DocValues.getBinary(lr, DV_ID);
          OrdCounts site = new OrdCounts(DocValues.getSorted(lr, DV_SITE));
          OrdCounts language = new OrdCounts(DocValues.getSorted(lr, DV_LANGUAGE));
          SortedSetDocValues entityValues = DocValues.getSortedSet(lr, DV_ENTITY);
          OrdCounts entity = new OrdCounts(entityValues);
          int end = leaf.docBase + lr.maxDoc();
          for (; k < order.length && hits[order[k]].doc < end; k++) {
            int i = order[k];
            int doc = hits[i].doc - leaf.docBase;
            if (!idValues.advanceExact(doc)) {
              throw new StoreException("the search index holds an article without its doc values;"
                  + " rebuild it from the tables with 'newsgraph reindex'",
                  new IllegalStateException("doc " + hits[i].doc));
            }
            ids[i] = idValues.binaryValue().utf8ToString();
            site.add(doc);
            language.add(doc);
            if (entityValues.advanceExact(doc)) {
              for (int n = 0; n < entityValues.docValueCount(); n++) {
                entity.count(entityValues.nextOrd());
              }
            }
            days.add(hits[i]);
          }
          site.addTo(sites);
          language.addTo(languages);
          entity.addTo(entities);
        }
        return new FacetCounts(total(s, full, top), java.util.Arrays.asList(ids), sites, languages,
            entities, days.days, days.undated);
      } catch (IndexSearcher.TooManyClauses e) {
        throw tooComplex(r.query());
      } catch (IOException e) {
        throw new StoreException("the search failed: " + e.getMessage(), e);
      }
    }
  }

  /** Counts per ordinal of one leaf's sorted (or sorted-set) doc values, then per value. */
  private static final class OrdCounts {
    private final SortedDocValues sorted;
    private final SortedSetDocValues set;
    private final int[] counts;
    private final List<Integer> seen = new ArrayList<>();

    OrdCounts(SortedDocValues values) {
      this.sorted = values;
      this.set = null;
      this.counts = new int[values.getValueCount()];
    }

    OrdCounts(SortedSetDocValues values) {
      this.sorted = null;
      this.set = values;
      this.counts = new int[Math.toIntExact(values.getValueCount())];
    }

    /** Counts a document's value (single-valued doc values). */
    void add(int doc) throws IOException {
      if (sorted.advanceExact(doc)) {
        count(sorted.ordValue());
      }
    }

    void count(long ord) {
      int o = (int) ord;
      if (counts[o]++ == 0) {
        seen.add(o);
      }
    }

    void addTo(Map<String, Integer> out) throws IOException {
      for (int o : seen) {
        BytesRef v = sorted != null ? sorted.lookupOrd(o) : set.lookupOrd(o);
        out.merge(v.utf8ToString(), counts[o], Integer::sum);
      }
    }
  }

  /** At most {@code maxDocs} matches, newest first, undated last; the publication day sorted on. */
  /** Matches per day of publication, from the sort value {@link #newest} gives each hit. */
  private static final class DayTally {
    final SortedMap<LocalDate, Integer> days = new TreeMap<>();
    int undated;

    void add(ScoreDoc hit) {
      long day = (Long) ((FieldDoc) hit).fields[0];
      if (day == Long.MIN_VALUE) {
        undated++;
      } else {
        days.merge(LocalDate.ofEpochDay(day), 1, Integer::sum);
      }
    }
  }

  private static TopDocs newest(IndexSearcher s, Query q, int maxDocs) throws IOException {
    SortField newest = new SortField("published", SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    return s.search(q, Math.max(1, maxDocs), new Sort(newest), false);
  }

  /** Every match of {@code q}: the count of {@code top} when it is exact, else counted. */
  private static long total(IndexSearcher s, Query q, TopDocs top) throws IOException {
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value : s.count(q);
  }

  /**
   * The ids of every article that matches the query (as {@link #search} reads it) and was
   * published from {@code from} to {@code to} (either may be null), in index order. Throws a
   * StoreException saying so when more than {@code max} match: the ids are held in memory.
   */
  public List<String> ids(String query, LocalDate from, LocalDate to, int max) {
    try (Lease lease = lease()) {
      IndexSearcher s = lease == null ? null : lease.searcher();
      if (s == null) {
        return List.of();
      }
      BooleanQuery.Builder b =
          new BooleanQuery.Builder().add(parse(query), BooleanClause.Occur.MUST);
      if (from != null || to != null) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        b.add(LongPoint.newRangeQuery("published", lo, hi), BooleanClause.Occur.FILTER);
      }
      Query q = b.build();
      try {
        int n = s.count(q);
        if (n > max) {
          throw new StoreException("the query '" + query + "' matches " + n + " articles, more than "
              + max + " at a time; narrow it (words, dates), or leave it out and export by dates");
        }
        if (n == 0) {
          return List.of();
        }
        ScoreDoc[] docs = s.search(q, n).scoreDocs;
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
          ids[i] = docs[i].doc;
        }
        java.util.Arrays.sort(ids);
        List<String> out = new ArrayList<>(ids.length);
        var stored = s.storedFields();
        for (int doc : ids) {
          out.add(stored.document(doc, Set.of("id")).get("id"));
        }
        return out;
      } catch (IOException e) {
        throw new StoreException("the search failed: " + e.getMessage(), e);
      }
    }
  }

  /** A hit that matched on a filter or the title only: the first words of its text, escaped. */
  private static String leadSnippet(String text) {
    if (text == null) {
      return "";
    }
    String lead = text.length() <= 240 ? text : text.substring(0, 240) + " …";
    return lead.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\n", " ");
  }

  private Query parse(String query) {
    if (query == null || query.isBlank() || query.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    QueryParser p =
        new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer, Map.of("title", 2f)) {
          @Override
          protected Query getRangeQuery(
              String field, String part1, String part2, boolean startInclusive,
              boolean endInclusive) throws ParseException {
            if ("published".equals(field)) {
              long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1);
              long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2);
              return LongPoint.newRangeQuery(
                  "published", startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
          }

          @Override
          protected Query getFieldQuery(String field, String text, boolean quoted)
              throws ParseException {
            if ("published".equals(field)) {
              return LongPoint.newExactQuery("published", day(text));
            }
            if (field != null && !FIELDS.contains(field)) {
              throw new ParseException("unknown field '" + field + "'; the fields are " + FIELDS);
            }
            return super.getFieldQuery(field, text, quoted);
          }
        };
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setSplitOnWhitespace(true);
    try {
      return p.parse(query);
    } catch (ParseException e) {
      throw new StoreException("the query '" + query + "' does not parse: " + firstLine(e.getMessage())
          + ". Use words, \"phrases\", AND/OR/NOT, field:value (fields " + FIELDS + ") and"
          + " published:[2020-06-01 TO 2020-06-30]");
    } catch (TooComplexToDeterminizeException | IndexSearcher.TooManyClauses e) {
      throw tooComplex(query);
    }
  }

  /** A query the parser took but that would cost too much (a regular expression, say). */
  private static StoreException tooComplex(String query) {
    return new StoreException("the query '" + query + "' is too complex to run (a regular"
        + " expression or wildcard that matches too much, or too many clauses); use words and"
        + " \"phrases\"");
  }

  private static long day(String s) throws ParseException {
    try {
      return LocalDate.parse(s.strip()).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new ParseException("'" + s + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static String firstLine(String m) {
    int nl = m == null ? -1 : m.indexOf('\n');
    return nl < 0 ? String.valueOf(m) : m.substring(0, nl);
  }

  /**
   * A searcher over the latest commit, held until closed: the reader under it stays open while a
   * request uses it, even when another request meanwhile reopens the index on a newer commit (the
   * old reader closes when its last lease does).
   */
  private record Lease(IndexSearcher searcher) implements AutoCloseable {
    @Override
    public void close() {
      try {
        searcher.getIndexReader().decRef();
      } catch (IOException e) {
        throw new StoreException("cannot release the search index: " + e.getMessage(), e);
      }
    }
  }

  /** A lease on a searcher over the latest commit (reopened when the index has changed), or null. */
  private synchronized Lease lease() {
    try {
      DirectoryReader fresh;
      if (writer != null) {
        fresh = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
      } else if (reader == null) {
        fresh = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
      } else {
        fresh = DirectoryReader.openIfChanged(reader);
      }
      if (fresh != null) {
        if (reader != null) {
          reader.decRef(); // this object's reference; leases still out keep it open
        }
        reader = fresh;
      }
      if (reader == null) {
        return null;
      }
      reader.incRef();
      return new Lease(new IndexSearcher(reader));
    } catch (IOException e) {
      throw new StoreException("cannot read the search index: " + e.getMessage()
          + "; 'newsgraph reindex' rebuilds it from the tables", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (reader != null) {
        reader.decRef();
        reader = null;
      }
      if (writer != null) {
        writer.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
