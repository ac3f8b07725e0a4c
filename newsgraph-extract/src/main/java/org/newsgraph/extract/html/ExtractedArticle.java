package org.newsgraph.extract.html;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Block;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layers;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.RelatedLink;
import org.newsgraph.model.SourceInfo;

/**
 * A page turned into an article: the canonical text, its blocks and related links, and the
 * page's metadata. It becomes a {@link Document} once the caller has chosen its id.
 */
public record ExtractedArticle(
    String text, List<Block> blocks, List<RelatedLink> related, Metadata metadata) {

  public ExtractedArticle {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    related = List.copyOf(related);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** The article text alone: the blocks that are article text, one blank line apart. */
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b.kind().isArticleText() && b.kind() != org.newsgraph.model.BlockKind.TITLE) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(b.span().in(text));
      }
    }
    return sb.toString();
  }

  public Document toDocument(String id, SourceInfo source) {
    return Document.of(id, text, metadata, source)
        .with(Layers.BLOCKS, blocks)
        .with(Layers.RELATED_LINKS, related);
  }
}
