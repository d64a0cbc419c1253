package no.biogrants.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import no.biogrants.document.LetterBlock.Column;
import no.biogrants.document.LetterBlock.Heading;
import no.biogrants.document.LetterBlock.ItemList;
import no.biogrants.document.LetterBlock.Letterhead;
import no.biogrants.document.LetterBlock.Lines;
import no.biogrants.document.LetterBlock.Paragraph;
import no.biogrants.document.LetterBlock.Table;
import no.biogrants.document.LetterBlock.Title;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A letter as a Word document (.docx), drawn from its {@link LetterBlock}s: A4, the county as
 * letterhead, real heading styles ({@link DocxStyles}), tables (the score, the payment plan), and
 * "Side n av m" in the footer.
 */
public final class LetterDocx {

  /** A4 in twentieths of a point, and 2 cm margins. */
  private static final long A4_WIDTH = 11906;

  private static final long A4_HEIGHT = 16838;
  private static final long MARGIN = 1134;
  private static final long FOOTER_DISTANCE = 567;
  private static final String BORDER_COLOUR = "808080";
  private static final String HEADER_SHADING = "E7E6E6";

  private final XWPFDocument document;

  private LetterDocx(XWPFDocument document) {
    this.document = document;
  }

  /**
   * A document made of letter blocks as the bytes of a .docx file; {@code pageFooter} is the page
   * number's pattern ("Side {0} av {1}").
   */
  public static byte[] render(
      String title, String creator, List<LetterBlock> blocks, String pageFooter) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      DocxStyles.define(document);
      LetterDocx writer = new LetterDocx(document);
      writer.pageSetup();
      writer.footer(pageFooter);
      blocks.forEach(writer::write);
      document.getProperties().getCoreProperties().setTitle(title);
      document.getProperties().getCoreProperties().setCreator(creator);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + title + " as .docx", e);
    }
  }

  private void write(LetterBlock block) {
    switch (block) {
      case Letterhead letterhead -> letterhead(letterhead);
      case Lines lines -> lines(lines.lines());
      case Title title -> styled(DocxStyles.TITLE, title.text());
      case Heading heading ->
          styled(
              heading.level() == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2, heading.text());
      case Paragraph paragraph -> paragraph(paragraph);
      case ItemList list -> items(list);
      case Table table -> table(table);
    }
  }

  private void paragraph(Paragraph paragraph) {
    XWPFRun run = text(document.createParagraph().createRun(), paragraph.text());
    if (paragraph.bold()) {
      run.setBold(true);
    }
  }

  private void letterhead(Letterhead letterhead) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingAfter(360);
    XWPFRun run = text(paragraph.createRun(), letterhead.organisation());
    run.setBold(true);
    run.setFontSize(16);
  }

  private void lines(List<String> lines) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingAfter(240);
    XWPFRun run = paragraph.createRun();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(clean(lines.get(i)));
    }
  }

  private void styled(String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle(style);
    text(paragraph.createRun(), text);
  }

  /** One paragraph per item, the number or bullet hanging in the left margin of the text. */
  private void items(ItemList list) {
    for (int i = 0; i < list.items().size(); i++) {
      XWPFParagraph paragraph = document.createParagraph();
      paragraph.setIndentationLeft(567);
      paragraph.setIndentationHanging(567);
      paragraph.setSpacingAfter(60);
      XWPFRun run = paragraph.createRun();
      run.setText(list.mark(i));
      run.addTab();
      text(paragraph.createRun(), list.items().get(i));
    }
  }

  private void table(Table table) {
    List<Column> columns = table.columns();
    XWPFTable grid = document.createTable(1, columns.size());
    grid.setWidth("100%");
    borders(grid);
    XWPFTableRow header = grid.getRow(0);
    header.setRepeatHeader(true);
    row(header, columns, columns.stream().map(Column::header).toList(), true);
    for (int c = 0; c < columns.size(); c++) {
      header.getCell(c).setColor(HEADER_SHADING);
    }
    table.rows().forEach(cells -> row(grid.createRow(), columns, cells, false));
    if (table.hasTotal()) {
      row(grid.createRow(), columns, table.total(), true);
    }
    document.createParagraph().setSpacingAfter(0);
  }

  /** Thin grey lines around and between the cells. */
  private static void borders(XWPFTable grid) {
    grid.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    grid.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    grid.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    grid.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    grid.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
    grid.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
  }

  private static void row(
      XWPFTableRow row, List<Column> columns, List<String> cells, boolean bold) {
    int widths = columns.stream().mapToInt(Column::width).sum();
    for (int c = 0; c < columns.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setWidth(columns.get(c).width() * 100 / widths + "%");
      XWPFParagraph paragraph = cell.getParagraphs().getFirst();
      paragraph.setSpacingAfter(0);
      if (columns.get(c).numeric()) {
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
      }
      XWPFRun run = text(paragraph.createRun(), cells.get(c));
      if (bold) {
        run.setBold(true);
      }
    }
  }

  private void pageSetup() {
    CTSectPr section =
        document.getDocument().getBody().isSetSectPr()
            ? document.getDocument().getBody().getSectPr()
            : document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
  }

  /** "Side {0} av {1}" with Word's PAGE and NUMPAGES fields in place of the placeholders. */
  private void footer(String pattern) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = footer.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    int page = pattern.indexOf("{0}");
    int pages = pattern.indexOf("{1}");
    literal(paragraph, pattern.substring(0, page));
    field(paragraph, "PAGE");
    literal(paragraph, pattern.substring(page + 3, pages));
    field(paragraph, "NUMPAGES");
    literal(paragraph, pattern.substring(pages + 3));
  }

  private static void literal(XWPFParagraph paragraph, String text) {
    if (!text.isEmpty()) {
      paragraph.createRun().setText(text);
    }
  }

  private static void field(XWPFParagraph paragraph, String instruction) {
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    paragraph.createRun().setText("1");
    paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** Writes text into a run, a line break for each newline in it. */
  private static XWPFRun text(XWPFRun run, String text) {
    String[] lines = clean(text).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
    return run;
  }

  /** Control characters other than newlines are not allowed in the document's XML. */
  private static String clean(String text) {
    return text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "");
  }
}
