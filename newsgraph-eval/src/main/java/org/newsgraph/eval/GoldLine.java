package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * One record of a gold file, not yet interpreted by a task, with typed accessors whose errors
 * name the file, the line, the record and the field.
 *
 * @param file the gold file
 * @param line 1-based line number in the file
 * @param id the record's {@code id}
 * @param json the whole record
 */
public record GoldLine(Path file, int line, String id, JsonNode json) {

  public GoldLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }

  /** An error about this record. */
  public GoldFormatException error(String reason) {
    return new GoldFormatException(file, line, "record '" + id + "': " + reason);
  }

  /** A string field of the record that must be present. */
  public String requireString(String field) {
    return requireString(json, field, field);
  }

  /** A date field ({@code YYYY-MM-DD}) that may be absent or {@code null}. */
  public LocalDate findDate(String field) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw error("'" + field + "' must be a date string YYYY-MM-DD or null, got " + v);
    }
    try {
      return LocalDate.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw error("'" + field + "' must be a date as YYYY-MM-DD, got '" + v.asText() + "'");
    }
  }

  /** The elements of an array field that must be present (it may be empty). */
  public List<JsonNode> requireArray(String field) {
    return requireArray(json, field, field);
  }

  /**
   * The object elements of an array field of a nested object; {@code where} names it in errors
   * ("attributions[3].content").
   */
  public List<JsonNode> requireArray(JsonNode object, String field, String where) {
    JsonNode v = object.get(field);
    if (v == null || !v.isArray()) {
      throw error("'" + where + "' must be an array" + (v == null ? " and is missing" : ", got " + v.getNodeType()));
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isObject()) {
        throw error(where + "[" + i + "] must be an object, got " + e.getNodeType());
      }
      out.add(e);
    }
    return out;
  }

  /** A boolean field of a nested object that must be present. */
  public boolean requireBoolean(JsonNode object, String field, String where) {
    JsonNode v = object.get(field);
    if (v == null || !v.isBoolean()) {
      throw error("'" + where + "' must be true or false" + (v == null ? " and is missing" : ", got " + v));
    }
    return v.booleanValue();
  }

  /** A string field of a nested object that may be absent or {@code null}. */
  public String findString(JsonNode object, String field, String where) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw error("'" + where + "' must be a string or null, got " + v);
    }
    return v.asText();
  }

  /**
   * A span object held in {@code field} of a nested object, checked like {@link #requireSpan};
   * {@code null} when the field is absent or {@code null}.
   */
  public Span findSpan(JsonNode object, String field, String text, String where) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw error("'" + where + "' must be a span object {start, end, text} or null, got " + v.getNodeType());
    }
    return requireSpan(v, text, where);
  }

  /** A string field of a nested object; {@code where} names it in errors ("mentions[3].type"). */
  public String requireString(JsonNode object, String field, String where) {
    JsonNode v = object.get(field);
    if (v == null || !v.isTextual()) {
      throw error("'" + where + "' must be a string" + (v == null ? " and is missing" : ", got " + v));
    }
    return v.asText();
  }

  /**
   * The span of a span object ({@code start}, {@code end}, optional {@code text}), checked
   * against the record text: in bounds, and its {@code text} equal to the covered substring.
   */
  public Span requireSpan(JsonNode object, String text, String where) {
    int start = requireInt(object, "start", where);
    int end = requireInt(object, "end", where);
    if (start < 0 || end < start || end > text.length()) {
      throw error(
          where + " [" + start + ", " + end + ") does not fit the text (length " + text.length()
              + "); offsets are UTF-16 code units, half-open");
    }
    JsonNode surface = object.get("text");
    if (surface != null && !surface.isNull() && !surface.asText().equals(text.substring(start, end))) {
      throw error(
          where + " says '" + surface.asText() + "' but the text at [" + start + ", " + end
              + ") is '" + text.substring(start, end) + "'; offsets must count UTF-16 code units");
    }
    return new Span(start, end);
  }

  private int requireInt(JsonNode object, String field, String where) {
    JsonNode v = object.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw error("'" + where + "." + field + "' must be an integer, got " + v);
    }
    return v.intValue();
  }
}
