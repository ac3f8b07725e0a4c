package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.StoreReader.Rows;

/**
 * JSON as the API writes it: snake_case names (as the tables' columns), dates and times as ISO
 * strings ({@code 2020-06-11}, {@code 2020-06-11T08:30:00Z}), nulls written out.
 */
final class Json {

  private Json() {}

  static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    SimpleModule time = new SimpleModule("newsgraph-time");
    time.addSerializer(TemporalAccessor.class, ToStringSerializer.instance);
    // a key given twice in a request body is refused, not read as its last value
    return new ObjectMapper(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
        .registerModule(time)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  /** Javalin's {@code ctx.json(...)} through the mapper above. */
  static final JsonMapper JAVALIN =
      new JsonMapper() {
        @Override
        public String toJsonString(Object obj, Type type) {
          try {
            return MAPPER.writeValueAsString(obj);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                "cannot write a response as JSON: " + e.getMessage(), e);
          }
        }
      };

  /** Query rows as JSON objects, one per row, by column name. */
  static List<Map<String, Object>> rows(Rows rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.rows().size());
    for (List<Object> row : rows.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < rows.columns().size(); i++) {
        m.put(rows.columns().get(i), value(row.get(i)));
      }
      out.add(m);
    }
    return out;
  }

  /** A JDBC value as JSON can hold it: dates and times as java.time, lists element by element. */
  static Object value(Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof java.sql.Time t) {
      return t.toLocalTime();
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(value(o));
      }
      return out;
    }
    return v;
  }
}
