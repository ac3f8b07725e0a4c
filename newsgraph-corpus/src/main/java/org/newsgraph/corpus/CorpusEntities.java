package org.newsgraph.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Document;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Reference;
import org.newsgraph.model.ReferenceKind;
import org.newsgraph.store.Batch;
import org.newsgraph.store.CorpusLink;
import org.newsgraph.store.Tables;

/**
 * Entities across articles: links each article's entities to corpus entities, so that the same
 * person in two articles is one entity. Every link names its rule and its reason.
 *
 * <p>Each corpus entity has name keys, of one type each:
 *
 * <ul>
 *   <li>the <b>name key</b> of a name: lower case, accents and punctuation removed, a leading
 *       "the" dropped ("Mustafa al-Kazimi" → {@code mustafa al kazimi});
 *   <li>the <b>spelling key</b> of a person's full name (two words or more), which also folds
 *       the usual variations of transliterated names: doubled letters, ou/oo/u, ee/i, ph/f,
 *       y/i, q/k, and the particles al/el/ul ("Moustafa al-Kazimi" and "Mustafa al-Kazimi"
 *       have the key {@code mustafa al kazimi}).
 * </ul>
 *
 * <p>An article's entity links to the corpus entity of the same type whose keys include, in
 * this order of trust: its name's key (rule {@code same-name}); the key of one of its other
 * names in the article (rule {@code same-variant}; for a person only full names, never a
 * surname alone, and no name shorter than four letters); its spelling key ({@code
 * same-spelling}). When several corpus entities qualify under one rule, the one linked most
 * often wins. An entity that matches none starts a new corpus entity (rule {@code new}). The
 * linked entity's keys are then added to the corpus entity's.
 *
 * <p>Only entities the article calls by a name are linked; one it only describes ("the
 * allies") or refers to by pronouns stays the article's own, with no corpus entity.
 *
 * <p>Not thread-safe: the ingest job links articles one at a time, in commit order.
 */
public final class CorpusEntities {

  private record Keyed(String type, String key) {}

  private final Map<Keyed, Set<String>> byKey = new HashMap<>();
  private final Map<String, Integer> links = new HashMap<>();
  private final Set<String> ids = new java.util.HashSet<>();

  /** Loads what earlier batches stored: (corpus id, type, key) rows. */
  public void load(List<List<Object>> keyRows, List<List<Object>> linkCounts) {
    for (List<Object> r : keyRows) {
      String id = (String) r.get(0);
      byKey.computeIfAbsent(new Keyed((String) r.get(1), (String) r.get(2)), k -> new LinkedHashSet<>())
          .add(id);
      ids.add(id);
    }
    for (List<Object> r : linkCounts) {
      links.put((String) r.get(0), ((Number) r.get(1)).intValue());
    }
  }

  public int size() {
    return ids.size();
  }

  /**
   * Links the document's entities; adds the rows of new corpus entities and new keys to the
   * batch. Returns the link of each entity, by entity id.
   */
  public Map<String, CorpusLink> link(Document doc, String articleId, Batch batch) {
    Map<String, CorpusLink> out = new LinkedHashMap<>();
    Set<String> named = named(doc);
    for (Entity e : doc.entities().list()) {
      if (!named.contains(e.id())) {
        continue; // "the allies", "a joint declaration": no name to know it by elsewhere
      }
      String type = e.type().shortCode();
      List<String> keys = new ArrayList<>();
      CorpusLink link = find(e, type);
      if (link == null) {
        String id = newId(type, e.name());
        ids.add(id);
        batch.add(Tables.CORPUS_ENTITIES, id, type, e.name(), articleId);
        link = new CorpusLink(id, "new", "first seen in this article, as '" + e.name() + "'");
      }
      keys.addAll(keysOf(e));
      for (String k : keys) {
        Set<String> owners = byKey.computeIfAbsent(new Keyed(type, k), x -> new LinkedHashSet<>());
        if (owners.add(link.corpusId())) {
          batch.add(Tables.CORPUS_KEYS, link.corpusId(), type, k);
        }
      }
      links.merge(link.corpusId(), 1, Integer::sum);
      out.put(e.id(), link);
    }
    return out;
  }

  /** The entities the article calls by a name (not only by descriptions and pronouns). */
  private static Set<String> named(Document doc) {
    Set<String> named = new java.util.HashSet<>();
    for (Reference r : doc.findLayer(Layers.REFERENCES).orElse(List.of())) {
      if (r.kind() == ReferenceKind.NAME || r.kind() == ReferenceKind.ALIAS
          || r.kind() == ReferenceKind.DEMONYM) {
        named.add(r.entity());
      }
    }
    return named;
  }

  private CorpusLink find(Entity e, String type) {
    String nameKey = nameKey(e.name());
    String id = best(type, nameKey);
    if (id != null) {
      return new CorpusLink(id, "same-name",
          "'" + e.name() + "' is a name of " + id + " (name key '" + nameKey + "')");
    }
    for (String v : e.variants()) {
      if (!variantQualifies(e.type(), v)) {
        continue;
      }
      String k = nameKey(v);
      id = best(type, k);
      if (id != null) {
        return new CorpusLink(id, "same-variant",
            "'" + v + "', a name of '" + e.name() + "' in this article, is a name of " + id
                + " (name key '" + k + "')");
      }
    }
    if (e.type() == EntityType.PERSON) {
      String s = spellingKey(e.name());
      if (s != null) {
        id = best(type, s);
        if (id != null) {
          return new CorpusLink(id, "same-spelling",
              "'" + e.name() + "' is a spelling of the name of " + id + " (spelling key '" + s + "')");
        }
      }
    }
    return null;
  }

  private String best(String type, String key) {
    Set<String> owners = byKey.get(new Keyed(type, key));
    if (owners == null || owners.isEmpty()) {
      return null;
    }
    String best = null;
    int bestLinks = -1;
    for (String o : owners) {
      int n = links.getOrDefault(o, 0);
      if (n > bestLinks) {
        best = o;
        bestLinks = n;
      }
    }
    return best;
  }

  /** The keys an entity adds to its corpus entity. */
  private static List<String> keysOf(Entity e) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(nameKey(e.name()));
    for (String v : e.variants()) {
      if (variantQualifies(e.type(), v)) {
        keys.add(nameKey(v));
      }
    }
    if (e.type() == EntityType.PERSON) {
      String s = spellingKey(e.name());
      if (s != null) {
        keys.add(s);
      }
    }
    keys.remove("");
    return new ArrayList<>(keys);
  }

  /** A person's surname alone, or any short name ("US", "IS"), names too many entities. */
  static boolean variantQualifies(EntityType type, String variant) {
    String k = nameKey(variant);
    if (k.replace(" ", "").length() < 4) {
      return false;
    }
    return type != EntityType.PERSON || k.indexOf(' ') > 0;
  }

  /** Lower case, no accents, letters and digits only, single spaces, no leading "the". */
  static String nameKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (c == '\'' || c == '\u2019' || c == '.') {
        continue; // O'Brien = OBrien, U.S. = US
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    String k = sb.toString().strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The spelling key of a person's full name, or null for a single word. */
  static String spellingKey(String name) {
    String k = nameKey(name);
    if (k.indexOf(' ') < 0) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : k.split(" ")) {
      if (w.equals("el") || w.equals("ul")) {
        w = "al";
      }
      w = w.replace("ph", "f").replace("ou", "u").replace("oo", "u").replace("ee", "i")
          .replace('y', 'i').replace('q', 'k');
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
          sb.append(w.charAt(i));
        }
      }
      words.add(sb.toString());
    }
    return "~" + String.join(" ", words); // never equal to a name key
  }

  /**
   * The type of a corpus entity ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}), as its id
   * says ({@code per:mustafa-al-kazimi}); empty when the id has no type.
   */
  public static String typeOf(String corpusId) {
    int colon = corpusId.indexOf(':');
    return colon < 0 ? "" : corpusId.substring(0, colon).toUpperCase(Locale.ROOT);
  }

  /** A new corpus id: the type in lower case, the name key as a slug ({@link #typeOf} reads it). */
  private String newId(String type, String name) {
    String slug = nameKey(name).replace(' ', '-');
    if (slug.isEmpty()) {
      slug = "entity";
    }
    String base = type.toLowerCase(Locale.ROOT) + ":" + slug;
    String id = base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "~" + n;
    }
    return id;
  }
}
