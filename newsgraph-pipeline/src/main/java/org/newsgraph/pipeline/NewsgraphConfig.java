package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.newsgraph.enrich.counts.CountConfig;
import org.newsgraph.extract.AnchorConfig;
import org.newsgraph.extract.LanguageConfig;
import org.newsgraph.ingest.IngestConfig;
import org.newsgraph.nlp.NlpConfig;

/**
 * All settings, one typed record per stage, with documented defaults. Keys are
 * {@code <section>.<field>} ({@code nlp.nerModel}); the commented default file is the resource
 * {@code default.properties} next to this class, printed by {@code --print-config}.
 */
public record NewsgraphConfig(
    IngestConfig ingest,
    LanguageConfig language,
    AnchorConfig anchor,
    NlpConfig nlp,
    CountConfig counts) {

  public static final NewsgraphConfig DEFAULTS =
      new NewsgraphConfig(
          IngestConfig.DEFAULTS, LanguageConfig.DEFAULTS, AnchorConfig.DEFAULTS,
          NlpConfig.DEFAULTS, CountConfig.DEFAULTS);

  private static final String DEFAULT_FILE = "default.properties";

  /** Sections in the order of the default file. */
  private Map<String, Record> sections() {
    Map<String, Record> m = new LinkedHashMap<>();
    m.put("ingest", ingest);
    m.put("language", language);
    m.put("anchor", anchor);
    m.put("nlp", nlp);
    m.put("counts", counts);
    return m;
  }

  /** The defaults overridden by a properties file (may be {@code null}) and by single settings. */
  public static NewsgraphConfig load(Path file, Map<String, String> overrides) {
    Properties p = new Properties();
    if (file != null) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read configuration " + file + ": " + e.getMessage(), e);
      }
    }
    overrides.forEach(p::setProperty);
    return DEFAULTS.with(p);
  }

  /** A copy with the given settings applied; unknown keys and bad values are errors. */
  public NewsgraphConfig with(Properties p) {
    Map<String, Record> secs = sections();
    TreeSet<String> known = new TreeSet<>(flatten().keySet());
    for (String k : p.stringPropertyNames()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException(
            "unknown configuration key '" + k + "'; known keys: " + String.join(", ", known));
      }
    }
    Map<String, Record> updated = new LinkedHashMap<>();
    for (Map.Entry<String, Record> e : secs.entrySet()) {
      updated.put(e.getKey(), apply(e.getKey(), e.getValue(), p));
    }
    return new NewsgraphConfig(
        (IngestConfig) updated.get("ingest"),
        (LanguageConfig) updated.get("language"),
        (AnchorConfig) updated.get("anchor"),
        (NlpConfig) updated.get("nlp"),
        (CountConfig) updated.get("counts"));
  }

  /** Every setting as {@code key -> value}, in file order. */
  public Map<String, String> flatten() {
    Map<String, String> out = new LinkedHashMap<>();
    sections()
        .forEach(
            (sec, rec) -> {
              for (RecordComponent c : rec.getClass().getRecordComponents()) {
                out.put(sec + "." + c.getName(), String.valueOf(read(c, rec)));
              }
            });
    return out;
  }

  /** The commented default file with this configuration's values filled in. */
  public String print() {
    Map<String, String> values = flatten();
    StringBuilder sb = new StringBuilder();
    for (String line : defaultFileLines()) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0 && values.containsKey(line.substring(0, eq).trim())) {
        String key = line.substring(0, eq).trim();
        sb.append(key).append('=').append(values.get(key)).append('\n');
      } else {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** The lines of the commented default file shipped with newsgraph. */
  public static List<String> defaultFileLines() {
    try (InputStream in = NewsgraphConfig.class.getResourceAsStream(DEFAULT_FILE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_FILE + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Record apply(String section, Record rec, Properties p) {
    RecordComponent[] comps = rec.getClass().getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      types[i] = c.getType();
      String key = section + "." + c.getName();
      String v = p.getProperty(key);
      args[i] = v == null ? read(c, rec) : parse(key, v.trim(), c.getType());
    }
    try {
      Constructor<?> ctor = rec.getClass().getDeclaredConstructor(types);
      return (Record) ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      throw new IllegalArgumentException(t.getMessage(), t);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object parse(String key, String v, Class<?> type) {
    try {
      if (type == int.class) {
        return Integer.parseInt(v.replace("_", ""));
      } else if (type == long.class) {
        return Long.parseLong(v.replace("_", ""));
      } else if (type == double.class) {
        return Double.parseDouble(v);
      } else if (type == boolean.class) {
        String l = v.toLowerCase(Locale.ROOT);
        if (!l.equals("true") && !l.equals("false")) {
          throw new NumberFormatException();
        }
        return Boolean.parseBoolean(l);
      } else if (type == String.class) {
        return v;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "configuration key '" + key + "' needs a " + type.getSimpleName() + ", got '" + v + "'");
    }
    throw new IllegalStateException("unsupported configuration type " + type);
  }

  private static Object read(RecordComponent c, Record rec) {
    try {
      return c.getAccessor().invoke(rec);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keys present in the default file (for the test that keeps file and records in step). */
  static List<String> documentedKeys() {
    List<String> keys = new ArrayList<>();
    for (String line : defaultFileLines()) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        keys.add(line.substring(0, eq).trim());
      }
    }
    return keys;
  }
}
