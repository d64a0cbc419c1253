package no.biogrants.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.document.LetterBlock.Column;
import no.biogrants.document.LetterBlock.Table;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A {@link Table} drawn on {@link PdfPages}: grey bold header repeated on every page the table
 * reaches, amounts right-aligned, a bold total row; a row that does not fit in the room left is
 * moved to the next page when short and split across the break when long.
 */
final class PdfTable {

  private static final float SIZE = 9.5f;
  private static final float LINE = SIZE * LetterPdf.LEADING;
  private static final float PADDING = 4f;
  private static final int KEEP_TOGETHER_LINES = 4;
  private static final int MIN_LINES_BEFORE_BREAK = 2;

  private final PdfPages pages;
  private final Table table;
  private final float[] widths;

  PdfTable(PdfPages pages, Table table) {
    this.pages = pages;
    this.table = table;
    int total = table.columns().stream().mapToInt(Column::width).sum();
    this.widths = new float[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = pages.width() * table.columns().get(c).width() / total;
    }
  }

  void draw() throws IOException {
    List<List<String>> header = cellLines(headerCells(), pages.bold);
    pages.ensure(height(header) + LINE + 2 * PADDING);
    chunk(header, 0, maxLines(header), pages.bold, true);
    for (List<String> cells : table.rows()) {
      row(cellLines(cells, pages.regular), pages.regular);
    }
    if (table.hasTotal()) {
      row(cellLines(table.total(), pages.bold), pages.bold);
    }
  }

  /**
   * A short row that does not fit goes to the next page whole; a long one is split like Word splits
   * it, with at least {@link #MIN_LINES_BEFORE_BREAK} lines before the break.
   */
  private void row(List<List<String>> lines, PDFont font) throws IOException {
    int count = maxLines(lines);
    int done = 0;
    while (done < count) {
      int room = (int) Math.floor((pages.room() - 2 * PADDING) / LINE);
      int left = count - done;
      if (room >= left) {
        chunk(lines, done, left, font, false);
        return;
      }
      if (room >= MIN_LINES_BEFORE_BREAK && left > KEEP_TOGETHER_LINES) {
        chunk(lines, done, room, font, false);
        done += room;
      }
      continueOnNextPage();
    }
  }

  /** Draws lines [from, from + take) of every cell as one band with its borders. */
  private void chunk(List<List<String>> lines, int from, int take, PDFont font, boolean header)
      throws IOException {
    float top = pages.y();
    float height = take * LINE + 2 * PADDING;
    float right = pages.left() + pages.width();
    if (header) {
      pages.fill(pages.left(), top, pages.width(), height, 0.9f);
    }
    float x = pages.left();
    for (int c = 0; c < widths.length; c++) {
      List<String> cell = lines.get(c);
      for (int l = from; l < Math.min(from + take, cell.size()); l++) {
        float lineTop = top - PADDING - (l - from) * LINE;
        String text = cell.get(l);
        float textX =
            table.columns().get(c).numeric()
                ? x + widths[c] - PADDING - pages.textWidth(text, font, SIZE)
                : x + PADDING;
        pages.text(text, textX, lineTop, font, SIZE);
      }
      pages.line(x, top, x, top - height);
      x += widths[c];
    }
    pages.line(right, top, right, top - height);
    pages.line(pages.left(), top, right, top);
    pages.line(pages.left(), top - height, right, top - height);
    pages.advance(height);
  }

  private void continueOnNextPage() throws IOException {
    pages.newPage();
    List<List<String>> header = cellLines(headerCells(), pages.bold);
    chunk(header, 0, maxLines(header), pages.bold, true);
  }

  private List<String> headerCells() {
    return table.columns().stream().map(Column::header).toList();
  }

  private List<List<String>> cellLines(List<String> cells, PDFont font) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      lines.add(pages.wrap(cells.get(c), font, SIZE, widths[c] - 2 * PADDING));
    }
    return lines;
  }

  private static int maxLines(List<List<String>> lines) {
    return lines.stream().mapToInt(List::size).max().orElse(1);
  }

  private static float height(List<List<String>> lines) {
    return maxLines(lines) * LINE + 2 * PADDING;
  }
}
