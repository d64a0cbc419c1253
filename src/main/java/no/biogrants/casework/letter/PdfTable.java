package no.biogrants.casework.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.casework.letter.LetterBlock.Column;
import no.biogrants.casework.letter.LetterBlock.Table;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A {@link Table} drawn on {@link PdfPages}: grey bold header repeated on every page the table
 * reaches, amounts right-aligned, a bold total row, and a row taller than the room left moved to
 * the next page (or, if taller than a page, split across pages).
 */
final class PdfTable {

  private static final float SIZE = 9.5f;
  private static final float LINE = SIZE * DecisionLetterPdf.LEADING;
  private static final float PADDING = 4f;

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
    List<String> header = table.columns().stream().map(Column::header).toList();
    pages.ensure(height(cellLines(header, pages.bold)) + LINE + 2 * PADDING);
    row(header, pages.bold, true);
    for (List<String> cells : table.rows()) {
      row(cells, pages.regular, false);
    }
    if (table.hasTotal()) {
      row(table.total(), pages.bold, false);
    }
  }

  private void row(List<String> cells, PDFont font, boolean header) throws IOException {
    List<List<String>> lines = cellLines(cells, font);
    int count = lines.stream().mapToInt(List::size).max().orElse(1);
    boolean fitsOnAPage = height(lines) <= PdfPages.pageRoom() - height(cellLines(headerCells(), pages.bold));
    if (!header && height(lines) > pages.room() && fitsOnAPage) {
      continueOnNextPage();
    }
    int done = 0;
    while (done < count) {
      int room = (int) Math.floor((pages.room() - 2 * PADDING) / LINE);
      if (room < 1) {
        continueOnNextPage();
        continue;
      }
      int take = Math.min(room, count - done);
      chunk(lines, done, take, font, header);
      done += take;
    }
  }

  /** Draws lines [from, from + take) of every cell as one band with its borders. */
  private void chunk(List<List<String>> lines, int from, int take, PDFont font, boolean header) throws IOException {
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
    List<String> header = headerCells();
    chunk(cellLines(header, pages.bold), 0, maxLines(cellLines(header, pages.bold)), pages.bold, true);
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
