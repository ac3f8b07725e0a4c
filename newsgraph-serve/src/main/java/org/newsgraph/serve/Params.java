package org.newsgraph.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, validated: each endpoint names the parameters it takes (any
 * other is refused, so a misspelt one is not silently ignored), and each read checks type, range
 * and length, answering 400 with the parameter's name, what is wrong and what is allowed. An empty
 * value ({@code q=}) is the same as no value.
 */
final class Params {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** How much of a bad value an error message repeats. */
  private static final int ECHO = 60;

  private final Map<String, List<String>> query;

  Params(Context ctx, List<String> allowed) {
    this(ctx.queryParamMap(), allowed);
  }

  Params(Map<String, List<String>> query, List<String> allowed) {
    this.query = query;
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badParameter(
            name,
            "unknown parameter '"
                + echo(name)
                + "'; "
                + (allowed.isEmpty()
                    ? "this endpoint takes none"
                    : "this endpoint takes " + String.join(", ", allowed)));
      }
    }
  }

  /** The one value of a parameter, or null when absent or empty. */
  private String single(String name) {
    List<String> v = query.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw ApiException.badParameter(
          name, name + " is given " + v.size() + " times; give it once");
    }
    return v.get(0).isEmpty() ? null : v.get(0);
  }

  /** Free text of at most {@code maxLength} characters, or null. */
  String text(String name, int maxLength) {
    return checkText(name, single(name), maxLength);
  }

  /** Free text that must be given. */
  String requiredText(String name, int maxLength) {
    String v = text(name, maxLength);
    if (v == null || v.isBlank()) {
      throw ApiException.badParameter(
          name, name + " is required (text of 1 to " + maxLength + " characters)");
    }
    return v;
  }

  /** Several values of a repeatable parameter (empty ones dropped), each checked as text. */
  List<String> texts(String name, int maxItems, int maxLength) {
    List<String> out = new ArrayList<>();
    for (String v : query.getOrDefault(name, List.of())) {
      if (!v.isEmpty()) {
        out.add(checkText(name, v, maxLength));
      }
    }
    if (out.size() > maxItems) {
      throw ApiException.badParameter(
          name, name + " is given " + out.size() + " times; at most " + maxItems + " are allowed");
    }
    return out;
  }

  private static String checkText(String name, String v, int maxLength) {
    if (v == null) {
      return null;
    }
    if (v.length() > maxLength) {
      throw ApiException.badParameter(
          name,
          name + " is " + v.length() + " characters long; at most " + maxLength + " are allowed");
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        throw ApiException.badParameter(
            name,
            name
                + " holds a control character (U+"
                + String.format(Locale.ROOT, "%04X", (int) c)
                + " at "
                + i
                + "); send plain text");
      }
    }
    return v;
  }

  /** A whole number in [min, max], or the default when absent. */
  int integer(String name, int min, int max, int dflt) {
    String v = single(name);
    if (v == null) {
      return dflt;
    }
    String allowed =
        name + " must be a whole number from " + min + " to " + max + " (default " + dflt + ")";
    if (!v.matches("-?\\d{1,10}")) {
      throw ApiException.badParameter(name, allowed + "; got '" + echo(v) + "'");
    }
    long n = Long.parseLong(v);
    if (n < min || n > max) {
      throw ApiException.badParameter(name, allowed + "; got " + n);
    }
    return (int) n;
  }

  /** A date as YYYY-MM-DD, or null when absent. */
  LocalDate date(String name) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    String allowed = name + " must be a date as YYYY-MM-DD, e.g. 2020-06-11";
    if (!DATE.matcher(v).matches()) {
      throw ApiException.badParameter(name, allowed + "; got '" + echo(v) + "'");
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, allowed + "; " + v + " is not a day of the calendar");
    }
  }

  /** One of the allowed words, or the default when absent. */
  String choice(String name, List<String> allowed, String dflt) {
    String v = single(name);
    if (v == null) {
      return dflt;
    }
    if (!allowed.contains(v)) {
      throw ApiException.badParameter(
          name,
          name
              + " must be one of "
              + String.join(", ", allowed)
              + " (default "
              + dflt
              + "); got '"
              + echo(v)
              + "'");
    }
    return v;
  }

  /** A value matching a pattern, described in words for the error; null when absent. */
  String matching(String name, Pattern pattern, String what) {
    String v = single(name);
    if (v == null) {
      return null;
    }
    if (!pattern.matcher(v).matches()) {
      throw ApiException.badParameter(name, name + " must be " + what + "; got '" + echo(v) + "'");
    }
    return v;
  }

  /** A path parameter (an id): printable, without spaces, at most {@code maxLength} long. */
  static String id(Context ctx, String name, int maxLength) {
    String v = ctx.pathParam(name);
    if (v.isEmpty() || v.length() > maxLength || !v.codePoints().allMatch(Params::idChar)) {
      throw ApiException.badParameter(
          name,
          name
              + " must be an id of 1 to "
              + maxLength
              + " printable characters without spaces; got '"
              + echo(v)
              + "'");
    }
    return v;
  }

  private static boolean idChar(int cp) {
    return !Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
  }

  /** A client's value, cut short, for an error message. */
  static String echo(String v) {
    String one = v.replaceAll("\\p{Cntrl}", "?");
    return one.length() <= ECHO ? one : one.substring(0, ECHO) + "...";
  }
}
