package org.newsgraph.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.model.Document;

/** What the text-based tasks share: the same-text check and the start of an output line. */
final class TextInputs {

  private TextInputs() {}

  /**
   * Checks that the document's text is the gold text, so that offsets compare. newsgraph only
   * normalises line ends, which gold texts do not contain; the CoreNLP baselines read the text
   * as it is.
   *
   * @throws RecordFailure naming the first differing offset
   */
  static void requireSameText(TextRecord r, Document doc) {
    String gold = r.text();
    String ours = doc.text();
    if (gold.equals(ours)) {
      return;
    }
    int i = 0;
    while (i < gold.length() && i < ours.length() && gold.charAt(i) == ours.charAt(i)) {
      i++;
    }
    throw new RecordFailure(
        "the analyzed text differs from the gold text at offset " + i + " (gold length "
            + gold.length() + ", ours " + ours.length() + "), so offsets cannot be compared;"
            + " gold texts must not contain \\r");
  }

  /** The record's common fields ({@code id, text, published}) as the start of an output line. */
  static ObjectNode recordNode(TextRecord r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", r.id());
    o.put("text", r.text());
    o.put("published", r.published() == null ? null : r.published().toString());
    return o;
  }
}
