package no.biogrants.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the Word letter: Normal (Arial 11, bokmål proofing), Title, and real
 * Heading 1 / Heading 2 with outline levels, so Word's navigation pane and a screen reader see the
 * sections.
 */
public final class DocxStyles {

  public static final String NORMAL = "Normal";
  public static final String TITLE = "Title";
  public static final String HEADING_1 = "Heading1";
  public static final String HEADING_2 = "Heading2";

  private static final String FONT = "Arial";

  private DocxStyles() {}

  static void define(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    styles.addStyle(normal());
    styles.addStyle(heading(TITLE, "Title", 32, null, 120, 240));
    styles.addStyle(heading(HEADING_1, "heading 1", 26, 0, 280, 80));
    styles.addStyle(heading(HEADING_2, "heading 2", 22, 1, 180, 60));
  }

  private static XWPFStyle normal() {
    CTStyle style = style(NORMAL, "Normal");
    style.setDefault(true);
    CTRPr run = style.addNewRPr();
    font(run);
    run.addNewSz().setVal(BigInteger.valueOf(22));
    run.addNewLang().setVal("nb-NO");
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
    return new XWPFStyle(style);
  }

  /** A bold style kept with the next paragraph; {@code outlineLevel} null for the title. */
  private static XWPFStyle heading(
      String id,
      String name,
      int halfPoints,
      Integer outlineLevel,
      int spaceBefore,
      int spaceAfter) {
    CTStyle style = style(id, name);
    style.addNewBasedOn().setVal(NORMAL);
    style.addNewNext().setVal(NORMAL);
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
    paragraph.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
    if (outlineLevel != null) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr run = style.addNewRPr();
    font(run);
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    return new XWPFStyle(style);
  }

  private static CTStyle style(String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    return style;
  }

  private static void font(CTRPr run) {
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
  }
}
