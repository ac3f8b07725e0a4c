package org.newsgraph.ingest.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.model.RawInput;

/**
 * One article a line: {@code {"url": ..., "html": ... or "text": ..., "title": ..., "published":
 * ...}}, the date also under the names other exports give it ({@link #DATE_FIELDS}); "id" and
 * any other field are read past. An "html" that is a file name ("../html/page.html.gz") names
 * the page's file, relative to the JSONL file's folder. Blank lines are skipped; a bad line is a
 * failed item naming file:line. A line is held in memory only up to its bound, so a file of any
 * size streams.
 */
final class JsonlSource implements Source {

  /**
   * A line may be this many times the size limit: JSON escapes make text longer, up to six bytes
   * ({@code \u00e9}) for a character that takes one to three in UTF-8.
   */
  static final int LINE_FACTOR = 6;

  /**
   * The fields that give the publication date, each in the same forms: "published", and the
   * names exports commonly use for it: "date" (trafilatura, Hugging Face's cc_news, the demo
   * corpus of the shared data), "date_publish" (news-please), "publishing_date" (Fundus). RSS's
   * "pubDate" is not one: it is written as RFC 822, not ISO.
   */
  static final List<String> DATE_FIELDS =
      List.of("published", "date", "date_publish", "publishing_date");

  /**
   * A "title" longer than this is no headline (headlines rarely pass 300 characters) but text in
   * the wrong field, and the line fails rather than give an article that title.
   */
  static final int MAX_TITLE_CHARS = 1000;

  /** The evidence of a title a line gives, in the record's {@code metadata.titleEvidence}. */
  static final String TITLE_EVIDENCE = "jsonl title";

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private static final String SHAPE =
      "each line holds one article as {\"url\": ..., \"html\" or \"text\": ..., \"title\":"
          + " ..., \"published\": ...}";

  private final String name;
  private final String keyBase;
  private final Path dir;
  private final IngestConfig limits;
  private final long totalBytes;
  private final long maxLine;
  private final Bounded.CountingInputStream counted;
  private final InputStream in;
  private final ObjectMapper mapper;
  private int lineNumber;
  private boolean eof;

  JsonlSource(Path path, String name, IngestConfig limits) throws IOException {
    this.name = name;
    this.keyBase = Inputs.key(path);
    this.dir = path.toAbsolutePath().getParent();
    this.limits = limits;
    this.totalBytes = Files.size(path);
    this.maxLine = Math.min(Integer.MAX_VALUE - 16L, limits.maxBytes() * LINE_FACTOR + 64 * 1024);
    this.counted = new Bounded.CountingInputStream(Files.newInputStream(path));
    InputStream buffered = new BufferedInputStream(counted, 64 * 1024);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    this.in =
        b0 == 0x1f && b1 == 0x8b
            ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024))
            : buffered;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength((int) maxLine).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  public String describe() {
    return "JSONL " + name;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public long bytesRead() {
    return Math.min(totalBytes, counted.count());
  }

  @Override
  public SourceItem next() {
    while (!eof) {
      Line line;
      try {
        line = readLine();
      } catch (IOException e) {
        eof = true;
        lineNumber++;
        return SourceItem.failed(
            keyBase + "#" + lineNumber,
            name + ":" + lineNumber,
            "cannot be read, and the rest of the file is skipped: "
                + Inputs.message(e)
                + (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
                    ? " (damaged or cut-short gzip; re-download it)"
                    : ""));
      }
      if (line == null) {
        eof = true;
        return null;
      }
      lineNumber++;
      if (line.tooLong) {
        return failed(
            String.format(
                Locale.ROOT,
                "is longer than %d bytes, more than one article within ingest.maxBytes can take;"
                    + " the line is skipped",
                maxLine));
      }
      if (isBlank(line.bytes, line.length)) {
        continue;
      }
      return parse(line);
    }
    return null;
  }

  private SourceItem parse(Line line) {
    JsonNode node;
    try {
      node = mapper.readTree(line.bytes, 0, line.length);
    } catch (JsonProcessingException e) {
      return failed("is not JSON (" + shorten(e.getOriginalMessage()) + "); " + SHAPE);
    } catch (IOException | RuntimeException e) {
      return failed("cannot be parsed: " + Inputs.message(e));
    }
    if (node == null || !node.isObject()) {
      return failed("is not a JSON object but " + kind(node) + "; " + SHAPE);
    }
    String url;
    Dated published;
    String title;
    String html;
    String text;
    try {
      url = optionalString(node, "url");
      published = published(node);
      title = title(node);
      html = optionalString(node, "html");
      text = optionalString(node, "text");
    } catch (BadField e) {
      return failed(e.getMessage());
    }
    SourceItem item = item(url, published, html, text);
    return title == null || !item.ok() ? item : item.withTitle(title, TITLE_EVIDENCE);
  }

  /** The line's input, from its "html" or "text", or why it has none. */
  private SourceItem item(String url, Dated published, String html, String text) {
    // Both given: the page is read, since its text and its metadata both come from it.
    String content = html != null ? html : text;
    String field = html != null ? "html" : "text";
    if (content == null) {
      return failed("has neither \"html\" nor \"text\"; " + SHAPE);
    }
    if (content.isBlank()) {
      return failed("has an empty \"" + field + "\"; give the page's HTML or the article's text");
    }
    if (html != null && namesAFile(html)) {
      return pageFile(html.strip(), url, published);
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > limits.maxBytes()) {
      return failed(
          "has " + field + " that " + Inputs.tooLarge(limits.maxBytes(), bytes.length, true));
    }
    String itemName = name + ":" + lineNumber;
    // JSON text is Unicode: the bytes are UTF-8 whatever a <meta charset> in the page says.
    RawInput raw =
        new RawInput(itemName, bytes, html != null ? "text/html" : "text/plain", "UTF-8");
    return SourceItem.ok(keyBase + "#" + lineNumber, itemName, raw, url, published.date(),
        published.evidence());
  }

  /**
   * Whether an "html" value is a page's file name rather than its markup, as in gold files that
   * point at their pages ({@code "html": "../html/page.html.gz"}).
   */
  static boolean namesAFile(String html) {
    String h = html.strip().toLowerCase(Locale.ROOT);
    return h.length() < 4096 && h.indexOf('<') < 0 && h.indexOf('\n') < 0
        && (h.endsWith(".html") || h.endsWith(".htm") || h.endsWith(".xhtml")
            || h.endsWith(".html.gz") || h.endsWith(".htm.gz"));
  }

  /**
   * The page a line names, read from its file (relative to the JSONL file's folder), with the
   * line's address and date. Its key is the file's, so the page is one input whether it is
   * reached from the line or by walking its folder.
   */
  private SourceItem pageFile(String file, String url, Dated published) {
    Path page;
    try {
      page = dir.resolve(file).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return failed("has an \"html\" that is neither markup nor a file name: " + e.getMessage());
    }
    if (!Files.isRegularFile(page)) {
      return failed("names the page file " + page + " in its \"html\", which does not exist;"
          + " give the markup itself, or a path relative to " + dir);
    }
    SourceItem read = Inputs.readFile(page, name + ":" + lineNumber + " (" + page.getFileName()
        + ")", "text/html", limits);
    return read.ok()
        ? SourceItem.ok(read.key(), read.name(), read.input(), url, published.date(),
            published.evidence())
        : SourceItem.failed(read.key(), read.name(), url, read.failure());
  }

  private static final class BadField extends Exception {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message);
    }
  }

  /**
   * The publication date of the first of {@link #DATE_FIELDS} that the line gives, each read by
   * {@link #date}, with the field as its evidence ("jsonl date"); two that give different days
   * are an error naming both.
   */
  private static Dated published(JsonNode node) throws BadField {
    LocalDate date = null;
    String from = null;
    String fromWritten = null;
    for (String field : DATE_FIELDS) {
      String written = optionalString(node, field);
      LocalDate d = date(field, written);
      if (d == null) {
        continue;
      }
      if (date == null) {
        date = d;
        from = field;
        fromWritten = written;
      } else if (!d.equals(date)) {
        throw new BadField(
            "has a \"" + from + "\" (\"" + shorten(fromWritten) + "\") and a \"" + field
                + "\" (\"" + shorten(written) + "\") that give different days; give the"
                + " publication date once, or the same day in both");
      }
    }
    return new Dated(date, date == null ? null : "jsonl " + from);
  }

  /** A line's publication date and where it was ("jsonl date"), or two nulls. */
  private record Dated(LocalDate date, String evidence) {}

  /** The "title", white space made single spaces, or null; a title too long is an error. */
  private static String title(JsonNode node) throws BadField {
    String t = optionalString(node, "title");
    if (t == null) {
      return null;
    }
    String one = WHITE_SPACE.matcher(t).replaceAll(" ").strip();
    if (one.length() > MAX_TITLE_CHARS) {
      throw new BadField(
          String.format(
              Locale.ROOT,
              "has a \"title\" of %d characters, longer than a headline (at most %d): is it the"
                  + " article's text? Put that in \"text\"",
              one.length(),
              MAX_TITLE_CHARS));
    }
    return one;
  }

  /** A string field, null when absent, JSON null or blank; a field of another type is an error. */
  private static String optionalString(JsonNode node, String field) throws BadField {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadField("has a \"" + field + "\" that is " + kind(v) + ", not a string");
    }
    String s = v.textValue();
    return field.equals("html") || field.equals("text") || !s.isBlank() ? s : null;
  }

  /**
   * The date of an ISO date or date-time ("2020-06-11", "2020-06-11T10:00:00Z",
   * "2020-06-11T10:00:00+02:00", "2020-06-11 10:00:00"), as written: an offset does not move it to
   * another day. {@code field} names it in the message when it is in another form.
   */
  static LocalDate date(String field, String s) throws BadField {
    if (s == null) {
      return null;
    }
    String v = s.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
      }
      if (v.length() > 10 && v.charAt(10) == ' ') {
        v = v.substring(0, 10) + 'T' + v.substring(11);
      }
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(v);
      return LocalDate.from(t);
    } catch (DateTimeException e) {
      throw new BadField(
          "has a \"" + field + "\" that is not an ISO date or date-time (\""
              + shorten(s)
              + "\"); write it as 2020-06-11 or 2020-06-11T10:00:00Z");
    }
  }

  private SourceItem failed(String reason) {
    return SourceItem.failed(keyBase + "#" + lineNumber, name + ":" + lineNumber, reason);
  }

  private static String kind(JsonNode v) {
    if (v == null) {
      return "nothing";
    }
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NULL, MISSING -> "null";
      default -> v.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 157) + "...";
  }

  private static boolean isBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  /** One line's bytes without its end; {@code tooLong} when it passed the bound (bytes dropped). */
  private static final class Line {
    byte[] bytes;
    int length;
    boolean tooLong;
  }

  private final ByteArrayOutputStream lineBuffer = new ByteArrayOutputStream();
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;

  /** The next line, or null at the end of the file. Holds at most {@code maxLine} bytes. */
  private Line readLine() throws IOException {
    lineBuffer.reset();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkEnd) {
        chunkEnd = in.read(chunk);
        chunkPos = 0;
        if (chunkEnd < 0) {
          chunkEnd = 0;
          break;
        }
        continue;
      }
      any = true;
      int end = chunkPos;
      while (end < chunkEnd && chunk[end] != '\n') {
        end++;
      }
      int n = end - chunkPos;
      if (!tooLong) {
        if (lineBuffer.size() + (long) n > maxLine) {
          tooLong = true;
          lineBuffer.reset();
        } else {
          lineBuffer.write(chunk, chunkPos, n);
        }
      }
      chunkPos = end;
      if (end < chunkEnd) {
        chunkPos++; // past the newline
        break;
      }
    }
    if (!any) {
      return null;
    }
    Line line = new Line();
    line.tooLong = tooLong;
    line.bytes = lineBuffer.toByteArray();
    line.length = line.bytes.length;
    if (line.length > 0 && line.bytes[line.length - 1] == '\r') {
      line.length--;
    }
    return line;
  }

  @Override
  public void close() throws IOException {
    eof = true;
    in.close();
  }
}
