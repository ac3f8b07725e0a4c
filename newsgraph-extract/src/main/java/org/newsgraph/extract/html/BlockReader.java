package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Stage 2 of the main text — reading: the page flattened, in reading order, into {@link
 * Segment}s (the text between two block boundaries) and the element ranges that hold them.
 *
 * <p>One iterative pass over the tree (jsoup's {@link NodeTraversor}, no recursion, so nesting
 * depth cannot overflow the stack). What {@link Cleaning} says never holds text, or is hidden,
 * is skipped whole. Inline elements flow into the current segment; every other element is a
 * boundary, so that {@code <div>a</div><div>b</div>} never reads "ab". A single {@code <br>}
 * is a line break inside the segment, two in a row end it. A data table (rows of short cells)
 * is one segment, a row per line and {@code " | "} between cells; a layout table is read
 * cell by cell like any container.
 *
 * <p>Every block element becomes a {@link Range}: the segments it holds are the contiguous
 * interval {@code [from, to)}, so sums over any element are two look-ups in a prefix sum.
 */
final class BlockReader {

  /**
   * Elements nested deeper than this are read as inline (their text joins the current segment,
   * no ranges). Real pages nest 15 to 40 levels; jsoup's parser already caps its open-element
   * stack, and this bound keeps the stack of open elements and every per-range sum small on
   * machine-made nesting.
   */
  static final int MAX_DEPTH = 256;

  /**
   * Segments read at most; a page stops being read after this many. Long articles have a few
   * hundred; a listing or archive page a few thousand.
   */
  static final int MAX_SEGMENTS = 30_000;

  /** Nodes a data-table test looks at; a bigger table is a layout table (or not an article's). */
  static final int MAX_TABLE_SCAN = 5_000;

  /**
   * Average characters per cell above which a table is a layout table: data cells hold values
   * and short labels, layout cells hold paragraphs.
   */
  static final int DATA_CELL_MAX_AVG_CHARS = 160;

  /**
   * A hint of an element's markup (a class naming a caption, a byline, a date) reaches the text
   * of the element and of this many block levels inside it, no deeper: a class describes its
   * element, not every paragraph of a page section that happens to be inside it.
   */
  static final int HINT_BLOCK_LEVELS = 3;

  /** Hint bits in {@link Cleaning} (byline, date, caption, meta), each with 4 bits of levels. */
  private static final int HINT_KINDS = 4;

  /** Elements that do not break the text: phrasing content. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del",
          "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "picture", "q",
          "ruby", "s", "samp", "small", "source", "span", "strike", "strong", "sub",
          "sup", "time", "tt", "u", "var", "wbr", "o:p", "output");

  /** Elements inside a table cell that make the table a layout table. */
  private static final Set<String> LAYOUT_IN_CELL =
      Set.of(
          "table", "p", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "article", "section", "form", "iframe", "nav", "header", "footer");

  /** A block element and the segments it holds. */
  static final class Range {
    final Element element;
    final String tag;
    final int depth;
    final Cleaning.Marks marks;
    /** Index of the enclosing range, -1 for the outermost. */
    final int parent;

    int from;
    int to;
    /** Set by {@link ContentChooser} when the range's furniture mark holds. */
    boolean furniture;
    /** The element holds a picture (an {@code img}) outside any inner block element. */
    boolean image;

    Range(Element element, String tag, int depth, Cleaning.Marks marks, int parent, int from) {
      this.element = element;
      this.tag = tag;
      this.depth = depth;
      this.marks = marks;
      this.parent = parent;
      this.from = from;
      this.to = from;
    }

    boolean isEmpty() {
      return to <= from;
    }
  }

  /** The page as read: segments in reading order and ranges in document order. */
  record Reading(List<Segment> segments, List<Range> ranges) {}

  private BlockReader() {}

  /** Reads the element (a page's body, or the whole document when it has none). */
  static Reading read(Element root) {
    Walker w = new Walker();
    w.open(root, root.normalName(), Cleaning.marks(root, root.normalName(), false));
    NodeTraversor.filter(w, root);
    w.flush();
    for (Range r : w.ranges) {
      if (r.to < r.from) {
        r.to = r.from;
      }
    }
    Range top = w.ranges.get(0);
    top.to = w.segments.size();
    for (Segment s : w.segments) {
      s.besideImage = w.ranges.get(s.range).image;
    }
    return new Reading(w.segments, w.ranges);
  }

  /** What an open element passes to the text inside it. */
  private static final class Frame {
    final String tag;
    final boolean block;
    final int range;
    /** Levels left for each hint kind, 4 bits each ({@link #HINT_BLOCK_LEVELS}). */
    final int hintLevels;
    final Segment.Role role;
    final int headingLevel;
    final boolean pre;
    final boolean insideArticle;
    final boolean link;
    final boolean dataTable;

    Frame(
        String tag, boolean block, int range, int hintLevels, Segment.Role role, int headingLevel,
        boolean pre, boolean insideArticle, boolean link, boolean dataTable) {
      this.tag = tag;
      this.block = block;
      this.range = range;
      this.hintLevels = hintLevels;
      this.role = role;
      this.headingLevel = headingLevel;
      this.pre = pre;
      this.insideArticle = insideArticle;
      this.link = link;
      this.dataTable = dataTable;
    }
  }

  private static final class Walker implements NodeFilter {
    final List<Segment> segments = new ArrayList<>();
    final List<Range> ranges = new ArrayList<>();
    private final ArrayList<Frame> stack = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private int chars;
    private int linkChars;
    private int links;
    /** The open link, {@code null} outside links (nested links count as the outer one). */
    private Element link;
    /** Characters of the open link in the current segment. */
    private int thisLinkChars;
    private Element mainLink;
    private int mainLinkChars;
    /** Data-table cells seen in the current row. */
    private int cellsInRow;
    private boolean stopped;

    void open(Element el, String tag, Cleaning.Marks marks) {
      int parent = stack.isEmpty() ? -1 : top().range;
      ranges.add(new Range(el, tag, stack.size(), marks, parent, segments.size()));
      stack.add(
          new Frame(tag, true, ranges.size() - 1, hintLevels(0, marks.hints(), true), Segment.Role.PARAGRAPH, 0, false,
              tag.equals("article") || tag.equals("main"), false, false));
    }

    private Frame top() {
      return stack.get(stack.size() - 1);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (stopped) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        if (!stack.isEmpty()) {
          appendText(t.getWholeText(), top().pre);
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
      }
      if (stack.isEmpty()) {
        return FilterResult.CONTINUE; // the root, opened already
      }
      if (node == ranges.get(0).element) {
        return FilterResult.CONTINUE;
      }
      String tag = el.normalName();
      if (tag.equals("br")) {
        lineBreak();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (Cleaning.neverText(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      Frame parent = top();
      if (tag.equals("img") || tag.equals("picture")) {
        ranges.get(parent.range).image = true;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("hr")) {
        if (!parent.dataTable) {
          flush();
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean insideArticle = parent.insideArticle;
      Cleaning.Marks marks = Cleaning.marks(el, tag, insideArticle);
      if (marks.hidden()) {
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean deep = stack.size() > MAX_DEPTH;
      boolean block =
          !deep && !parent.dataTable && (!INLINE.contains(tag) || marks.furniture() != null);
      int hints = hintLevels(parent.hintLevels, marks.hints(), block);
      Segment.Role role = parent.role;
      int level = parent.headingLevel;
      boolean pre = parent.pre;
      boolean dataTable = parent.dataTable;
      int range = parent.range;
      if (block) {
        flush();
        switch (tag) {
          case "h1", "h2", "h3", "h4", "h5", "h6" -> {
            role = Segment.Role.HEADING;
            level = tag.charAt(1) - '0';
          }
          case "li", "dt", "dd" -> {
            role = Segment.Role.LIST_ITEM;
            level = 0;
          }
          case "blockquote" -> {
            role = Segment.Role.QUOTE;
            level = 0;
          }
          case "figcaption" -> {
            role = Segment.Role.CAPTION;
            level = 0;
          }
          case "pre" -> {
            role = Segment.Role.PRE;
            pre = true;
          }
          case "p" -> {
            if (role == Segment.Role.HEADING) {
              role = Segment.Role.PARAGRAPH;
              level = 0;
            }
          }
          case "table" -> {
            if (isDataTable(el)) {
              role = Segment.Role.TABLE;
              dataTable = true;
              cellsInRow = 0;
            }
          }
          default -> {}
        }
        ranges.add(new Range(el, tag, stack.size(), marks, parent.range, segments.size()));
        range = ranges.size() - 1;
        insideArticle = insideArticle || tag.equals("article") || tag.equals("main");
      } else if (dataTable) {
        switch (tag) {
          case "td", "th" -> {
            if (cellsInRow > 0) {
              text.append(" | ");
              pendingSpace = false;
            }
            cellsInRow++;
          }
          case "tr" -> {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
              text.append('\n');
            }
            cellsInRow = 0;
            pendingSpace = false;
          }
          default -> {}
        }
      }
      boolean isLink = false;
      if (tag.equals("a") && link == null && el.hasAttr("href")) {
        isLink = true;
        link = el;
        links++;
        thisLinkChars = 0;
      }
      stack.add(new Frame(tag, block, range, hints, role, level, pre, insideArticle, isLink, dataTable));
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element) || stack.size() <= 1) {
        return stopped ? FilterResult.STOP : FilterResult.CONTINUE;
      }
      Frame f = top();
      if (f.link) {
        endLink();
      }
      if (f.block) {
        flush(); // with f still open: the text read last is f's
        ranges.get(f.range).to = segments.size();
      }
      stack.remove(stack.size() - 1);
      return stopped ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private void endLink() {
      if (thisLinkChars > mainLinkChars) {
        mainLinkChars = thisLinkChars;
        mainLink = link;
      }
      link = null;
      thisLinkChars = 0;
    }

    private void lineBreak() {
      if (text.length() == 0) {
        return;
      }
      if (text.charAt(text.length() - 1) == '\n') {
        if (!top().dataTable) {
          flush(); // two line breaks in a row end a paragraph
        }
        return;
      }
      text.append('\n');
      pendingSpace = false;
    }

    /** Reused buffer for a text node's characters (array access, no per-char checks). */
    private char[] buf = new char[256];

    private void appendText(String s, boolean pre) {
      int n = s.length();
      if (n > buf.length) {
        buf = new char[Math.max(n, buf.length * 2)];
      }
      char[] cs = buf;
      s.getChars(0, n, cs, 0);
      int i = 0;
      while (i < n) {
        char c = cs[i];
        if (pre && (c == '\n' || c == ' ' || c == '\t')) {
          if (text.length() > 0) {
            text.append(c == '\n' ? '\n' : ' ');
          }
          pendingSpace = false;
          i++;
          continue;
        }
        if (isSpace(c)) {
          pendingSpace = true;
          i++;
          continue;
        }
        if (c == '\u200b' || c == '\ufeff') {
          i++; // zero-width space, stray byte-order mark
          continue;
        }
        int j = i + 1;
        while (j < n) {
          char d = cs[j];
          if ((d <= ' ' || d >= '\u00a0') && (isSpace(d) || d == '\u200b' || d == '\ufeff')) {
            break;
          }
          j++;
        }
        if (pendingSpace) {
          int len = text.length();
          if (len > 0 && text.charAt(len - 1) != '\n' && text.charAt(len - 1) != ' ') {
            text.append(' ');
          }
          pendingSpace = false;
        }
        text.append(cs, i, j - i);
        chars += j - i;
        if (link != null) {
          linkChars += j - i;
          thisLinkChars += j - i;
        }
        i = j;
      }
    }

    /** Ends the current segment, if it holds any text. */
    void flush() {
      if (link != null && thisLinkChars > mainLinkChars) {
        // a link that spans a block boundary counts in each segment for its part there
        mainLinkChars = thisLinkChars;
        mainLink = link;
      }
      if (chars > 0) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) {
          end--;
        }
        int start = 0;
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == ' ')) {
          start++;
        }
        Frame f = top();
        segments.add(
            new Segment(
                text.substring(start, end), f.role, f.headingLevel, chars, linkChars, links,
                mainLink, mainLinkChars, hintBits(f.hintLevels), f.range));
        if (segments.size() >= MAX_SEGMENTS) {
          stopped = true;
        }
      }
      text.setLength(0);
      pendingSpace = false;
      chars = 0;
      linkChars = 0;
      links = link == null ? 0 : 1;
      mainLink = null;
      mainLinkChars = 0;
      thisLinkChars = 0;
    }
  }

  /**
   * The hint levels of an element: its parent's, one level less when the element is a block,
   * and full for the hints its own markup gives.
   */
  static int hintLevels(int parentLevels, int ownHints, boolean block) {
    if (parentLevels == 0 && ownHints == 0) {
      return 0;
    }
    int out = 0;
    for (int k = 0; k < HINT_KINDS; k++) {
      int lv = (parentLevels >>> (4 * k)) & 0xF;
      if (block && lv > 0) {
        lv--;
      }
      if ((ownHints & (1 << k)) != 0) {
        lv = HINT_BLOCK_LEVELS + 1;
      }
      out |= lv << (4 * k);
    }
    return out;
  }

  /** The hint bits still alive in packed levels. */
  static int hintBits(int levels) {
    int bits = 0;
    for (int k = 0; k < HINT_KINDS; k++) {
      if (((levels >>> (4 * k)) & 0xF) > 0) {
        bits |= 1 << k;
      }
    }
    return bits;
  }

  /** White space as browsers collapse it, plus the no-break and typographic spaces. */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u000b';
    }
    return c >= '\u00a0' && (c == '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c == '\u202f'
        || c == '\u205f' || c == '\u3000' || c == '\u2028' || c == '\u2029');
  }

  /**
   * A table of data (values in rows and columns), read as one text: at least two rows and two
   * columns, no paragraphs, lists, headings or tables in its cells, and short cells.
   */
  static boolean isDataTable(Element table) {
    if (table.attr("role").equalsIgnoreCase("presentation")) {
      return false;
    }
    int rows = 0;
    int maxCells = 0;
    int cells = 0;
    int cellsInRow = 0;
    long textChars = 0;
    int seen = 0;
    Node n = table.firstChild();
    // iterative pre-order walk of the table's subtree
    while (n != null && n != table) {
      if (++seen > MAX_TABLE_SCAN) {
        return false;
      }
      boolean descend = true;
      if (n instanceof Element e) {
        String tag = e.normalName();
        if (LAYOUT_IN_CELL.contains(tag)) {
          return false;
        }
        if (tag.equals("tr")) {
          rows++;
          cellsInRow = 0;
        } else if (tag.equals("td") || tag.equals("th")) {
          cells++;
          cellsInRow++;
          maxCells = Math.max(maxCells, cellsInRow);
        } else if (Cleaning.neverText(tag)) {
          descend = false;
        }
      } else if (n instanceof TextNode t) {
        textChars += t.getWholeText().trim().length();
      }
      Node next = descend ? n.firstChild() : null;
      if (next == null) {
        while (n != table && n.nextSibling() == null) {
          n = n.parentNode();
        }
        next = n == table ? null : n.nextSibling();
      }
      n = next;
    }
    return rows >= 2 && maxCells >= 2 && textChars <= (long) DATA_CELL_MAX_AVG_CHARS * Math.max(1, cells);
  }
}
