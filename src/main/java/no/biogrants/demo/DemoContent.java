package no.biogrants.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.scheme.FundingRound;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.OrganisationNumber;

/**
 * What the demo data is made of: fictional companies, contacts and municipalities per county, and
 * believable application content, with the check digits real numbers need (MOD11).
 */
final class DemoContent {

  private DemoContent() {}

  static final String[] COMPANY_WORDS = {
    "Mjøsa Mekaniske", "Fjellvind Trevare", "Nordlys Sjømat", "Vestkyst Verft", "Solberg Elektro",
    "Dalheim Bygg", "Fossen Plast", "Kystlinje Logistikk", "Bjørkli Møbler", "Granli Maskin",
    "Haugen Emballasje", "Isdal Betong", "Lien Aluminium", "Myrvang Tekstil", "Skogly Grafisk",
    "Tindved Reiseliv", "Vassbotn Næringsmiddel", "Åsen Automasjon", "Elvebakken Stål",
        "Furulund Glass",
    "Sandvik Komponent", "Lyngmo Hotell"
  };

  /**
   * Two real municipalities (2020 numbers) per county for the demo companies' business addresses.
   */
  static final Map<String, String[][]> MUNICIPALITIES =
      Map.ofEntries(
          Map.entry("03", new String[][] {{"0301", "Oslo"}, {"0301", "Oslo"}}),
          Map.entry("11", new String[][] {{"1103", "Stavanger"}, {"1108", "Sandnes"}}),
          Map.entry("15", new String[][] {{"1507", "Ålesund"}, {"1506", "Molde"}}),
          Map.entry("18", new String[][] {{"1804", "Bodø"}, {"1806", "Narvik"}}),
          Map.entry("30", new String[][] {{"3005", "Drammen"}, {"3024", "Bærum"}}),
          Map.entry("34", new String[][] {{"3401", "Kongsvinger"}, {"3407", "Gjøvik"}}),
          Map.entry("38", new String[][] {{"3807", "Skien"}, {"3803", "Tønsberg"}}),
          Map.entry("42", new String[][] {{"4204", "Kristiansand"}, {"4203", "Arendal"}}),
          Map.entry("46", new String[][] {{"4601", "Bergen"}, {"4602", "Kinn"}}),
          Map.entry("50", new String[][] {{"5001", "Trondheim"}, {"5006", "Steinkjer"}}),
          Map.entry("54", new String[][] {{"5401", "Tromsø"}, {"5403", "Alta"}}));

  /** Fictional contact persons: name and phone. */
  static final String[][] CONTACTS = {
    {"Kari Nordmann", "912 34 567"}, {"Ola Haugen", "934 56 789"}, {"Ingrid Berg", null},
    {"Per Johansen", "47 11 22 33"}, {"Silje Dahl", "+47 415 55 666"}, {"Jon Lie", null}
  };

  static final String[] NACE = {
    "25.620", "16.230", "10.200", "30.110", "43.210", "41.200", "22.290", "49.410", "31.090",
    "28.990", "17.210"
  };

  /** firstname.lastname@company-name.example (a reserved domain: demo mail goes nowhere). */
  static String mailbox(String person, String company) {
    return slug(person).replace('-', '.') + "@" + slug(company.replace(" AS", "")) + ".example";
  }

  static String slug(String text) {
    return Normalizer.normalize(
            text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a"),
            Normalizer.Form.NFD)
        .replaceAll("[^a-z0-9 ]", "")
        .strip()
        .replace(' ', '-');
  }

  static List<CriterionInput> scores(FundingRound round, Random random) {
    List<CriterionInput> inputs = new ArrayList<>();
    for (RubricCriterion criterion : round.getRubric()) {
      inputs.add(
          new CriterionInput(
              criterion.getId(),
              2 + random.nextInt(4),
              "Vurdert ut fra søknaden og opplæringsplanen."));
    }
    return inputs;
  }

  static String label(TrainingPurpose purpose) {
    return switch (purpose) {
      case DIGITAL -> "digitale verktøy";
      case GREEN_TRANSITION -> "grønn omstilling";
      case PRODUCTION_RESTRUCTURING -> "ny produksjon";
      case NEW_MARKETS -> "nye markeder";
      case HEALTH_SAFETY -> "HMS";
      case LANGUAGE -> "norsk på arbeidsplassen";
      case OTHER -> "nye oppgaver";
    };
  }

  /** What a company writes beyond the cost plan: a believable restructuring, plan and committee. */
  static ApplicationDetails details(TrainingPurpose purpose, Random random, LocalDate today) {
    int participants = 4 + random.nextInt(20);
    return new ApplicationDetails(
        "Bortfall av oppdrag under koronapandemien gjør at bedriften må endre hvordan den arbeider: "
            + label(purpose)
            + ".",
        today.plusWeeks(2 + random.nextInt(6)),
        today.plusMonths(4 + random.nextInt(8)),
        List.of(
            new TrainingPlanItem(
                "Kurs i " + label(purpose),
                TrainingProvider.EXTERNAL,
                20 + random.nextInt(60),
                4 + random.nextInt(12),
                participants,
                random.nextInt(participants / 2 + 1),
                random.nextInt(2)),
            new TrainingPlanItem(
                "Opplæring på arbeidsplassen",
                TrainingProvider.INTERNAL,
                10 + random.nextInt(30),
                2 + random.nextInt(8),
                participants,
                0,
                0)),
        null,
        null,
        List.of(),
        "Daglig leder",
        "Tillitsvalgt for de ansatte");
  }

  /** A random bank account number that passes the MOD11 check (fictional accounts). */
  static BankAccount validBankAccount(Random random) {
    while (true) {
      String candidate = "1503" + String.format("%06d", random.nextInt(1_000_000));
      for (int check = 0; check <= 9; check++) {
        if (BankAccount.isValid(candidate + check)) {
          return new BankAccount(candidate + check);
        }
      }
    }
  }

  /** A random organisation number that passes the MOD11 check (fictional companies). */
  static OrganisationNumber validOrgNumber(Random random) {
    while (true) {
      String candidate = "9" + String.format("%07d", random.nextInt(10_000_000));
      for (int check = 0; check <= 9; check++) {
        if (OrganisationNumber.isValid(candidate + check)) {
          return new OrganisationNumber(candidate + check);
        }
      }
    }
  }
}
