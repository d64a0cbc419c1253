package no.biogrants.casework.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.casework.DecisionOutcome;
import no.biogrants.casework.letter.LetterContent.Instalment;
import no.biogrants.casework.letter.LetterContent.ScoreLine;
import no.biogrants.shared.Money;

/** Letters for the tests: a grant from Vestland in 2020, and its variants. */
final class Letters {

  static final LocalDate LETTER_DATE = LocalDate.of(2020, 3, 5);
  static final LocalDate APPEAL_DEADLINE = LETTER_DATE.plusWeeks(3);
  static final LocalDate ACCEPTANCE_DEADLINE = LocalDate.of(2020, 4, 2);
  static final String STATE_AID_BASIS =
      "bagatellmessig støtte (de minimis) etter forordning (EU) 2023/2831";
  static final List<String> CONDITIONS =
      List.of(
          "Opplæringen gjennomføres i tråd med opplæringsplanen i søknaden.",
          "Vesentlige endringer i planen skal godkjennes av fylkeskommunen på forhånd.",
          "Sluttrapport med revisorbekreftet regnskap sendes innen 31. desember 2021.");
  static final List<Instalment> PAYMENT_PLAN =
      List.of(
          new Instalment("75 % ved godkjent delrapport", Money.of("187500")),
          new Instalment("25 % (resten) ved godkjent sluttrapport", Money.of("62500")));

  private Letters() {}

  static LetterContent grant() {
    return grant(CONDITIONS, null);
  }

  static LetterContent grant(List<String> conditions, String committeeCaseNumber) {
    return letter(
        DecisionOutcome.GRANTED, Money.of("250000"), conditions, PAYMENT_PLAN, committeeCaseNumber);
  }

  static LetterContent partialGrant() {
    return new LetterContent(
        "Vestland fylkeskommune",
        "fylkeskommunens klagenemnd",
        "Kari Nordmann",
        LETTER_DATE,
        "2020-0042",
        "Fjordtre AS",
        "923 456 789",
        "Opplæring i digital produksjonsstyring",
        DecisionOutcome.PARTIALLY_GRANTED,
        "BIO – bedriftsintern opplæring",
        2020,
        Money.of("400000"),
        Money.of("250000"),
        Money.of("500000"),
        new BigDecimal("50"),
        rules(),
        facts(),
        considerations(),
        new BigDecimal("74"),
        scoreLines(),
        STATE_AID_BASIS,
        CONDITIONS,
        ACCEPTANCE_DEADLINE,
        PAYMENT_PLAN,
        APPEAL_DEADLINE,
        "Ola Hansen",
        null);
  }

  static LetterContent rejection() {
    return letter(DecisionOutcome.REJECTED, null, List.of(), List.of(), null);
  }

  static LetterContent dismissal() {
    return new LetterContent(
        "Vestland fylkeskommune",
        "fylkeskommunens klagenemnd",
        "Kari Nordmann",
        LETTER_DATE,
        "2020-0043",
        "Fjordtre AS",
        "923 456 789",
        "Opplæring i digital produksjonsstyring",
        DecisionOutcome.DISMISSED,
        "BIO – bedriftsintern opplæring",
        2020,
        Money.of("250000"),
        null,
        null,
        null,
        List.of("Fylkeskommunens utlysning av BIO-midler for 2020, med søknadsfrist 1. mars 2020"),
        List.of("Søknaden kom inn 4. mars 2020, etter søknadsfristen."),
        "En søknad som kommer etter fristen, kan ikke behandles.",
        null,
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        APPEAL_DEADLINE,
        "Ola Hansen",
        null);
  }

  static LetterContent letter(
      DecisionOutcome outcome,
      Money granted,
      List<String> conditions,
      List<Instalment> plan,
      String committee) {
    boolean grant = granted != null;
    return new LetterContent(
        "Vestland fylkeskommune",
        "fylkeskommunens klagenemnd",
        "Kari Nordmann",
        LETTER_DATE,
        "2020-0042",
        "Fjordtre AS",
        "923 456 789",
        "Opplæring i digital produksjonsstyring",
        outcome,
        "BIO – bedriftsintern opplæring",
        2020,
        Money.of("250000"),
        granted,
        grant ? Money.of("500000") : null,
        grant ? new BigDecimal("50") : null,
        rules(),
        facts(),
        considerations(),
        new BigDecimal("74"),
        scoreLines(),
        grant ? STATE_AID_BASIS : null,
        conditions,
        grant ? ACCEPTANCE_DEADLINE : null,
        plan,
        APPEAL_DEADLINE,
        "Ola Hansen",
        committee);
  }

  static List<String> rules() {
    return List.of(
        "Retningslinjer for tilskudd til bedriftsintern opplæring (BIO)",
        "Fylkeskommunens kriterier for 2020");
  }

  static List<String> facts() {
    return List.of(
        "Fjordtre AS har 42 ansatte og omstiller produksjonen til digital styring.",
        "Godkjente kostnader er 500 000 kr, hvorav 320 000 kr er lønn til deltakere.");
  }

  static String considerations() {
    return "Behovet for omstilling er godt dokumentert, og opplæringen gir varig kompetanse.\n\n"
        + "Planen er mindre konkret om hvordan kompetansen skal deles videre i bedriften.";
  }

  static List<ScoreLine> scoreLines() {
    return List.of(
        new ScoreLine("Behov for omstilling", 40, 4, "Godt dokumentert."),
        new ScoreLine(
            "Kvalitet i opplæringsplanen", 30, 3, "Mål og innhold er klare, metodene mindre."),
        new ScoreLine("Varig effekt", 30, 4, "Kompetansen blir i bedriften."));
  }
}
