package no.biogrants.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

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

  /** A one-page PDF whose catalog runs JavaScript when it is opened ({@code /OpenAction}). */
  public static byte[] openActionJavaScript() {
    return with(
        document -> {
          PDActionJavaScript js = new PDActionJavaScript("app.alert('hei');");
          document.getDocumentCatalog().setOpenAction(js);
        });
  }

  /** A one-page PDF with a link on its page whose action is JavaScript (hidden deeper). */
  public static byte[] linkJavaScript() {
    return with(
        document -> {
          PDAnnotationLink link = new PDAnnotationLink();
          link.setRectangle(new PDRectangle(72, 700, 100, 20));
          link.setAction(new PDActionJavaScript("this.exportDataObject({});"));
          document.getPage(0).getAnnotations().add(link);
        });
  }

  /** A one-page PDF that starts a program when opened ({@code /Launch}). */
  public static byte[] launchAction() {
    return with(
        document -> {
          PDActionLaunch launch = new PDActionLaunch();
          launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
          document.getDocumentCatalog().setOpenAction(launch);
        });
  }

  /** A one-page PDF carrying another file in its names tree. */
  public static byte[] embeddedFile() {
    return with(
        document -> {
          PDEmbeddedFile embedded =
              new PDEmbeddedFile(
                  document,
                  new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
          PDComplexFileSpecification spec = new PDComplexFileSpecification();
          spec.setFile("faktura.exe");
          spec.setEmbeddedFile(embedded);
          PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
          tree.setNames(java.util.Map.of("faktura.exe", spec));
          PDDocumentNameDictionary names =
              new PDDocumentNameDictionary(document.getDocumentCatalog());
          names.setEmbeddedFiles(tree);
          document.getDocumentCatalog().setNames(names);
        });
  }

  /** A one-page PDF whose form is an XFA form. */
  public static byte[] xfaForm() {
    return with(
        document -> {
          PDAcroForm form = new PDAcroForm(document);
          form.getCOSObject()
              .setItem(
                  COSName.XFA, new COSString("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>"));
          document.getDocumentCatalog().setAcroForm(form);
        });
  }

  private interface Change {
    void apply(PDDocument document) throws IOException;
  }

  private static byte[] with(Change change) {
    try (PDDocument document = page("Aktivt innhold")) {
      change.apply(document);
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
