package no.biogrants.grantapplication;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.document.LetterBlock;
import no.biogrants.document.LetterPdf;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.MoneyFormat;

/**
 * The receipt a company gets when it submits: reference, time, company, round, what it applied for
 * and the cost plan, as a PDF with the letters' layout. Made from the submitted application, so it
 * is the same whenever it is downloaded.
 */
public final class Receipt {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

  private Receipt() {}

  public static byte[] pdf(GrantApplication a, String countyName) {
    List<LetterBlock> blocks = new ArrayList<>();
    blocks.add(new LetterBlock.Letterhead(countyName));
    blocks.add(
        new LetterBlock.Title(
            "Kvittering for søknad om tilskudd til bedriftsintern opplæring (BIO)"));
    blocks.add(
        new LetterBlock.Paragraph(
            "Søknaden er mottatt. Ta vare på referansen; bruk den når du kontakter fylkeskommunen.",
            false));
    blocks.add(
        new LetterBlock.ItemList(
            List.of(
                "Referanse: "
                    + a.getReference()
                    + " (året i referansen er året søknaden kom inn, som saksåret i arkivet)",
                "Sendt: " + a.getSubmittedAt().atZone(ClockProducer.OSLO).format(WHEN),
                "Bedrift: "
                    + a.getCompanyName()
                    + " (org.nr. "
                    + a.getOrgNumber().formatted()
                    + ")",
                "Søknadsrunde: " + a.getRound().getName(),
                "Tittel: " + a.getTitle(),
                "Søkt beløp: " + MoneyFormat.format(a.getAmountApplied(), MoneyFormat.NORWEGIAN),
                "Godkjente kostnader: "
                    + MoneyFormat.format(a.costPlan().eligibleCosts(), MoneyFormat.NORWEGIAN)),
            false));
    blocks.add(new LetterBlock.Heading(1, "Kostnadsplan"));
    List<List<String>> rows = new ArrayList<>();
    for (CostPlanLine line : a.getCostPlanLines()) {
      rows.add(
          List.of(
              line.getCategory().letter() + ") " + line.getDescription(),
              MoneyFormat.format(line.getAmount(), MoneyFormat.NORWEGIAN)));
    }
    blocks.add(
        new LetterBlock.Table(
            List.of(
                new LetterBlock.Column("Kostnad", 70, false),
                new LetterBlock.Column("Beløp", 30, true)),
            rows,
            List.of(
                "Sum", MoneyFormat.format(a.costPlan().eligibleCosts(), MoneyFormat.NORWEGIAN))));
    blocks.add(
        new LetterBlock.Paragraph(
            "Fylkeskommunen behandler søknaden og kan be om flere opplysninger. Du følger saken under «Mine søknader».",
            false));
    return LetterPdf.render(
        "Kvittering " + a.getReference(), countyName, blocks, "Side {0} av {1}");
  }
}
