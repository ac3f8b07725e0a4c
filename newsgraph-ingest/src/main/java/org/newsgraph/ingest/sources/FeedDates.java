package org.newsgraph.ingest.sources;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Feed item dates as the feed writes them. Rome turns "Wed, 10 Jun 2020 22:30:00 -0400" into an
 * instant, which in UTC is already 11 June; the article is of the 10th. So the date is taken from
 * the text as written (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core), and Rome's instant, in
 * UTC, only when the text is in no form read here.
 */
final class FeedDates {

  private FeedDates() {}

  /** Children of an item that hold its publication date, before those of its last change. */
  private static final List<String> PUBLISHED =
      List.of("pubdate", "published", "issued", "date", "created");

  private static final List<String> UPDATED = List.of("updated", "modified");

  private static final Pattern RFC822 =
      Pattern.compile(
          "^(?:[A-Za-z]{2,}\\s*,\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\b");

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /**
   * The date text of each item or entry in document order (null for an item without one), or null
   * when the feed cannot be read this way (Rome's dates are used then).
   */
  static List<String> rawDates(byte[] feed) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<String> dates = new ArrayList<>();
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(feed));
      int depth = 0;
      int itemDepth = -1;
      String published = null;
      String updated = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String local = r.getLocalName().toLowerCase(Locale.ROOT);
          if (itemDepth < 0 && (local.equals("item") || local.equals("entry"))) {
            itemDepth = depth;
            published = null;
            updated = null;
          } else if (itemDepth > 0 && depth == itemDepth + 1) {
            if (published == null && PUBLISHED.contains(local)) {
              published = r.getElementText().strip();
              depth--; // getElementText consumed the end tag
            } else if (updated == null && UPDATED.contains(local)) {
              updated = r.getElementText().strip();
              depth--;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (depth == itemDepth) {
            dates.add(published != null && !published.isEmpty() ? published : updated);
            itemDepth = -1;
          }
          depth--;
        }
      }
      return dates;
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held beyond the bytes
        }
      }
    }
  }

  /** The calendar date a feed's date text states, or null when it is in no form read here. */
  static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      Matcher iso = ISO.matcher(t);
      if (iso.find()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher rfc = RFC822.matcher(t);
      if (rfc.find()) {
        Integer month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
          return null;
        }
        int year = Integer.parseInt(rfc.group(3));
        if (rfc.group(3).length() == 2) {
          year += year < 70 ? 2000 : 1900; // RFC 822's two-digit years
        } else if (rfc.group(3).length() == 3) {
          return null;
        }
        return LocalDate.of(year, month, Integer.parseInt(rfc.group(1)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** An entry's date: its text as written when readable, else Rome's instant in UTC. */
  static LocalDate of(String raw, Date published, Date updated) {
    LocalDate d = parse(raw);
    if (d != null) {
      return d;
    }
    Date instant = published != null ? published : updated;
    return instant == null ? null : LocalDate.ofInstant(instant.toInstant(), ZoneOffset.UTC);
  }
}
