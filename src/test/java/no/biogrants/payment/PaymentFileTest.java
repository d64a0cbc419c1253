package no.biogrants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

class PaymentFileTest {

  @Test
  void oneHeaderAndOneLinePerPaymentWithMachineReadableAmounts() {
    byte[] file =
        PaymentFile.write(
            List.of(
                new PaymentFile.Line(
                    LocalDate.of(2020, 9, 1),
                    "12345678903",
                    Money.of("225000.50"),
                    "Fjordverft AS",
                    "974760673",
                    "2020-0001",
                    "BIO-tilskudd 2020-0001 delutbetaling",
                    "BIO 2020 Vestland",
                    7)));

    String[] lines = new String(file, StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).isEqualTo(PaymentFile.HEADER);
    assertThat(lines[1])
        .isEqualTo(
            "2020-09-01;12345678903;225000.50;Fjordverft AS;974760673;2020-0001;BIO-tilskudd 2020-0001 delutbetaling;BIO 2020 Vestland;7");
  }

  @Test
  void quotesSeparatorsAndNeutralisesFormulas() {
    assertThat(PaymentFile.field("Hansen; Sønn AS")).isEqualTo("\"Hansen; Sønn AS\"");
    assertThat(PaymentFile.field("Firma \"Nord\"")).isEqualTo("\"Firma \"\"Nord\"\"\"");
    assertThat(PaymentFile.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
    assertThat(PaymentFile.field("+47")).isEqualTo("'+47");
    assertThat(PaymentFile.field(null)).isEmpty();
  }
}
