package no.biogrants.attachment;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.biogrants.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether uploaded bytes are a PDF the county can open and keep (rules ATT-A1–ATT-A3), judged by
 * the content alone: the name, the extension and the browser's content type say nothing; and
 * whether it carries active content (ATT-A10, {@link PdfActiveContent}). Refusals are {@link
 * InvalidInputException}s with the bundle key of the reason.
 */
public final class PdfCheck {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

  private PdfCheck() {}

  /** Refuses empty, too large, non-PDF, unreadable, encrypted and active content. */
  public static void check(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("attachment.empty");
    }
    checkSize(content.length, maxBytes);
    if (content.length < MAGIC.length
        || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new InvalidInputException("attachment.notPdf");
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.isEncrypted()) {
        throw new InvalidInputException("attachment.encrypted");
      }
      if (document.getNumberOfPages() == 0) {
        throw new InvalidInputException("attachment.notPdf");
      }
      PdfActiveContent.find(document)
          .ifPresent(
              kind -> {
                throw new InvalidInputException(kind.messageKey);
              });
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException("attachment.encrypted");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refusal) {
        throw refusal;
      }
      throw new InvalidInputException("attachment.notPdf");
    }
  }

  /** Refuses a size above the limit, saying both in MB (checked before the bytes are read, too). */
  public static void checkSize(long size, long maxBytes) {
    if (size > maxBytes) {
      throw new InvalidInputException("attachment.tooLarge", megabytes(size), megabytes(maxBytes));
    }
  }

  /**
   * Bytes as MB (1 MB = 1 048 576 bytes) with at most one decimal: 10485760 → 10, 1572864 → 1.5.
   */
  public static BigDecimal megabytes(long bytes) {
    BigDecimal mb = BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP);
    if (mb.signum() == 0 && bytes > 0) {
      return new BigDecimal("0.1");
    }
    mb = mb.stripTrailingZeros();
    return mb.scale() < 0 ? mb.setScale(0) : mb;
  }
}
