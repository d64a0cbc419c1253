package no.biogrants.casework.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes sample letters to target/letters/ for a human to open in Word and a PDF reader. */
class SampleLettersTest {

  private static final Path FOLDER = Path.of("target", "letters");

  @Test
  void writesAGrantAndARejectionAsDocxAndPdf() throws IOException {
    Files.createDirectories(FOLDER);
    write("vedtak-tilskudd", Letters.partialGrant());
    write("vedtak-avslag", Letters.rejection());

    assertThat(FOLDER.resolve("vedtak-tilskudd.pdf")).isNotEmptyFile();
    assertThat(FOLDER.resolve("vedtak-avslag.docx")).isNotEmptyFile();
  }

  private static void write(String name, LetterContent content) throws IOException {
    Files.write(FOLDER.resolve(name + ".docx"), DecisionLetterDocx.render(content));
    Files.write(FOLDER.resolve(name + ".pdf"), DecisionLetterPdf.render(content));
  }
}
