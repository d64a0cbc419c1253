package no.biogrants.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real PDFs for tests, made with PDFBox. */
public final class Pdfs {

  private Pdfs() {}

  /** A one-page PDF that says {@code text}. */
  public static byte[] onePage(String text) {
    try (PDDocument document = page(text)) {
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF protected by passwords; with an empty user password it opens without one. */
  public static byte[] encrypted(String userPassword) {
    try (PDDocument document = page("Hemmelig")) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("eier", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return bytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text that is no PDF, as a file renamed to .pdf would carry. */
  public static byte[] text() {
    return "Opplæringsplan\nUke 1: sveising\n".getBytes(StandardCharsets.UTF_8);
  }

  private static PDDocument page(String text) throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      content.newLineAtOffset(72, 720);
      content.showText(text);
      content.endText();
    }
    return document;
  }

  private static byte[] bytes(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
