package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.corpus.CorpusQueries;
import org.newsgraph.corpus.CorpusQueries.EntityMatch;
import org.newsgraph.corpus.CorpusQueries.EntityPage;
import org.newsgraph.corpus.CorpusQueries.Quote;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that read the store: search, entity, quotes, sql. */
final class StoreCommands {

  private StoreCommands() {}

  /** Opens the store for reading, or says there is none. */
  static Store.Reader open(Path dir) {
    requireStore(dir);
    return Store.openReader(dir);
  }

  /** Says there is no store in the directory, unless there is one. */
  static void requireStore(Path dir) {
    if (!Files.isDirectory(dir.resolve("segments"))) {
      throw new StoreException("there is no store in " + dir.toAbsolutePath().normalize()
          + " yet; run 'newsgraph ingest PATH --store " + dir + "' first, or pass --store DIR");
    }
  }

  /** What a reading command does with the open store; returns the exit status. */
  @FunctionalInterface
  interface Body {
    int run(Store.Reader store);
  }

  /** Opens the store, runs the body, and turns a store error into one line and status 1. */
  static int withStore(CommandLine.Model.CommandSpec spec, StoreOption store, Body body) {
    PrintWriter out = spec.commandLine().getOut();
    try (Store.Reader r = open(store.dir())) {
      int status = body.run(r);
      out.flush();
      return status;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
      return 1;
    }
  }

  static LocalDate date(CommandLine cl, String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(cl, option + " needs a date as YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** Terminal bold for the highlighted words; the escaped HTML of snippets back to text. */
  static String snippet(String html) {
    return html.replace("<b>", "\u001b[1m").replace("</b>", "\u001b[0m").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }

  /** Resolves a name to corpus entities, or explains that none matches. */
  static List<EntityMatch> entities(CorpusQueries q, String name) {
    List<EntityMatch> m = q.findEntities(name, 10);
    if (m.isEmpty()) {
      throw new StoreException("no entity in the store is called '" + name + "'; try a fuller"
          + " name, or 'newsgraph search \"" + name + "\"'");
    }
    return m;
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = {"Full-text search: words, \"phrases\", AND/OR/NOT, field:value (title, text,"
          + " author, site, language, entity), published:[2020-06-01 TO 2020-06-30].",
          "Example: newsgraph search '\"troops in Iraq\" AND pentagon' --from 2020-06-01"})
  static final class Search implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "The query ('*' for all).") String query;
    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.") String to;
    @Option(names = "--entity", paramLabel = "NAME", description = "Articles mentioning this entity (repeatable).")
    List<String> entities = List.of();
    @Option(names = "--language", description = "ISO 639-1 code, e.g. en.") String language;
    @Option(names = "--site", description = "Site name as stored.") String site;
    @Option(names = "--newest", description = "Newest first instead of best match first.") boolean newest;
    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (1-100, default 10).") int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip (paging).") int offset;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (limit < 1 || limit > 100 || offset < 0 || offset > 10_000) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--limit must be 1 to 100 and --offset 0 to 10000");
      }
      return withStore(spec, store, r -> {
        CorpusQueries q = new CorpusQueries(r.tables());
        Set<String> ids = null;
        if (!entities.isEmpty()) {
          ids = new java.util.LinkedHashSet<>();
          for (String e : entities) {
            ids.add(StoreCommands.entities(q, e).get(0).id());
          }
        }
        long t0 = System.nanoTime();
        SearchIndex.Results res = r.index().search(new SearchIndex.SearchRequest(query,
            date(spec.commandLine(), "--from", from), date(spec.commandLine(), "--to", to), ids,
            language, site, newest, limit, offset));
        out.printf(Locale.ROOT, "%d match(es) in %.0f ms%s%n", res.total(),
            (System.nanoTime() - t0) / 1e6, ids == null ? "" : " (entities " + ids + ")");
        int i = offset;
        for (SearchIndex.Hit h : res.hits()) {
          out.printf(Locale.ROOT, "%n%d. %s  [%s]%n   %s | %s | %s%n   %s%n", ++i,
              h.title() == null ? "(no title)" : h.title(), h.id(),
              h.published() == null ? "undated" : h.published(), h.site() == null ? "-" : h.site(),
              h.url() == null ? "-" : h.url(), snippet(h.snippet()));
        }
        return 0;
      });
    }
  }

  @Command(name = "entity", mixinStandardHelpOptions = true,
      description = "An entity across the corpus: its names, mentions over time, co-occurring"
          + " entities, quotations, and why its names were taken as one.")
  static final class Entity implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "A name, or a corpus id such as per:mustafa-al-kazimi.")
    String name;
    @Option(names = "--limit", defaultValue = "10", description = "Rows per section (default 10).") int limit;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return withStore(spec, store, r -> {
        CorpusQueries q = new CorpusQueries(r.tables());
        long t0 = System.nanoTime();
        Optional<EntityPage> page = q.entity(name, limit);
        List<EntityMatch> others = List.of();
        if (page.isEmpty()) {
          List<EntityMatch> m = entities(q, name);
          page = q.entity(m.get(0).id(), limit);
          others = m.subList(1, m.size());
        }
        EntityPage p = page.orElseThrow();
        out.printf(Locale.ROOT, "%s  %s  (%s): %d article(s), %d mention(s)  [%.0f ms]%n",
            p.entity().name(), p.entity().id(), p.entity().type(), p.entity().articles(),
            p.entity().mentions(), (System.nanoTime() - t0) / 1e6);
        out.println("names: " + String.join(" | ", p.variants()));
        if (!p.roles().isEmpty()) {
          out.println("roles: " + p.roles().stream()
              .map(role -> role.role() + " (" + role.how() + ", " + role.mentions() + ")")
              .collect(Collectors.joining(" | ")));
        }
        out.println("\nmentions over time (day: articles, mentions):");
        for (CorpusQueries.Day d : p.timeline()) {
          out.printf(Locale.ROOT, "  %s: %d, %d%n", d.day(), d.articles(), d.mentions());
        }
        out.println("\nseen with (articles in common):");
        for (CorpusQueries.CoEntity c : p.coEntities()) {
          out.printf(Locale.ROOT, "  %s  %s (%s): %d%n", c.name(), c.id(), c.type(), c.articles());
        }
        out.println("\nquotations:");
        for (Quote qu : p.quotes()) {
          out.printf(Locale.ROOT, "  \"%s\"%n     %s, %s [%s %d-%d]%n", qu.text(),
              qu.published() == null ? "undated" : qu.published(), qu.title(), qu.articleId(),
              qu.start(), qu.end());
        }
        out.println("\nwhy these names are one entity:");
        for (CorpusQueries.Link l : p.links()) {
          out.printf(Locale.ROOT, "  %s: %s: %s%n", l.articleId(), l.rule(), l.reason());
        }
        if (!others.isEmpty()) {
          out.println("\nother entities with that name: " + others.stream()
              .map(o -> o.name() + " " + o.id()).collect(Collectors.joining(", ")));
        }
        return 0;
      });
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quotations, by speaker: newsgraph quotes --speaker 'Mustafa al-Kazimi'.")
  static final class Quotes implements Callable<Integer> {
    @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "Who spoke.")
    String speaker;
    @Option(names = "--limit", defaultValue = "20", description = "At most this many (1-1000, default 20).") int limit;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (limit < 1 || limit > 1000) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 to 1000");
      }
      return withStore(spec, store, r -> {
        CorpusQueries q = new CorpusQueries(r.tables());
        List<String> ids = q.findEntities(speaker, 10).stream()
            .filter(m -> m.type().equals("PER") || m.type().equals("ORG")).map(EntityMatch::id).toList();
        List<Quote> quotes = q.quotes(ids.isEmpty() ? List.of() : List.of(ids.get(0)), speaker, limit);
        out.printf(Locale.ROOT, "%d quotation(s)%s%n", quotes.size(),
            ids.isEmpty() ? "" : " by " + ids.get(0) + " or a speaker written '" + speaker + "'");
        for (Quote qu : quotes) {
          out.printf(Locale.ROOT, "%n\"%s\"%n   %s (%s), %s, %s [%s %d-%d]%n", qu.text(),
              qu.speaker(), qu.speakerId() == null ? "-" : qu.speakerId(),
              qu.published() == null ? "undated" : qu.published(), qu.title(), qu.articleId(),
              qu.start(), qu.end());
        }
        return 0;
      });
    }
  }

  @Command(name = "sql", mixinStandardHelpOptions = true,
      description = {"A read-only SQL query (DuckDB) over the tables: articles, inputs, blocks,"
          + " entities, corpus_entities, corpus_keys, mentions, quotations, timexes, counts.",
          "Example: newsgraph sql \"SELECT name, count(*) FROM entities GROUP BY name ORDER BY 2 DESC LIMIT 10\""})
  static final class Sql implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY") String sql;
    @Option(names = "--max-rows", defaultValue = "1000", description = "Rows at most (default 1000, at most 100000).") int maxRows;
    @Option(names = "--timeout", defaultValue = "30", description = "Seconds at most (default 30, at most 600).") int timeout;
    @Option(names = "--tsv", description = "Tab-separated output with a header line.") boolean tsv;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (maxRows < 1 || maxRows > 100_000 || timeout < 1 || timeout > 600) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--max-rows must be 1 to 100000 and --timeout 1 to 600");
      }
      return withStore(spec, store, r -> {
        StoreReader.Rows rows = r.tables().userQuery(sql, maxRows, Duration.ofSeconds(timeout));
        out.println(String.join("\t", rows.columns()));
        for (List<Object> row : rows.rows()) {
          out.println(row.stream().map(v -> v == null ? (tsv ? "" : "NULL")
              : v.toString().replace('\t', ' ').replace('\n', ' ')).collect(Collectors.joining("\t")));
        }
        if (rows.truncated()) {
          spec.commandLine().getErr().println("newsgraph: stopped at " + maxRows
              + " rows; --max-rows raises the bound, LIMIT and WHERE narrow the query");
        }
        return 0;
      });
    }
  }
}
