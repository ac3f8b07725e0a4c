package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a gold JSONL file (FORMATS.md §1): UTF-8, one JSON object per line, each with a
 * non-empty {@code id} unique within the file. Blank lines are skipped; a leading byte-order
 * mark is tolerated. What each record holds beyond its id is left to the task.
 */
public final class GoldFile {

  /** Fails on a second value after the object, so that two records on one line are an error. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final char BOM = '\uFEFF';

  private GoldFile() {}

  /** Every record of the file. */
  public static List<GoldLine> read(Path file) {
    return read(file, Integer.MAX_VALUE);
  }

  /**
   * The first {@code limit} records of the file.
   *
   * @throws GoldFormatException when the file cannot be read or a line is not a record
   */
  public static List<GoldLine> read(Path file, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    List<GoldLine> records = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (records.size() < limit && (line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        GoldLine record = parse(file, lineNo, line);
        Integer first = seen.putIfAbsent(record.id(), lineNo);
        if (first != null) {
          throw new GoldFormatException(
              file, lineNo, "id '" + record.id() + "' was already used on line " + first + "; ids must be unique");
        }
        records.add(record);
      }
    } catch (NoSuchFileException e) {
      throw new GoldFormatException(file, 0, "no such file");
    } catch (CharacterCodingException e) {
      throw new GoldFormatException(
          file, lineNo + 1, "is not valid UTF-8 (" + e.getMessage() + "); gold files must be UTF-8", e);
    } catch (IOException e) {
      throw new GoldFormatException(file, 0, "cannot be read: " + e, e);
    }
    return records;
  }

  private static GoldLine parse(Path file, int lineNo, String line) {
    JsonNode json;
    try {
      json = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(
          file, lineNo, "not valid JSON: " + e.getOriginalMessage() + "; each line must hold one JSON object", e);
    }
    if (json == null || !json.isObject()) {
      throw new GoldFormatException(
          file, lineNo, "expected one JSON object on the line, got " + (json == null ? "nothing" : json.getNodeType()));
    }
    JsonNode id = json.get("id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      throw new GoldFormatException(
          file, lineNo, "the record needs a non-empty string 'id', got " + (id == null ? "none" : id));
    }
    return new GoldLine(file, lineNo, id.asText(), json);
  }

  /**
   * The task a gold file belongs to by its name ({@code <task>.jsonl} or
   * {@code <task>-<subset>.jsonl}): the part of the file name before the first {@code -} or
   * {@code .}; empty when the name has no such part.
   */
  public static Optional<String> taskOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString();
    int cut = n.length();
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) == '-' || n.charAt(i) == '.') {
        cut = i;
        break;
      }
    }
    return cut == 0 || cut == n.length() ? Optional.empty() : Optional.of(n.substring(0, cut));
  }
}
