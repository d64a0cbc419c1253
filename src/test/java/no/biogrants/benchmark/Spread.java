package no.biogrants.benchmark;

import java.util.SplittableRandom;
import no.biogrants.grantapplication.ReferenceNumbers;

/**
 * The shapes of the synthetic data: which statuses, industries, sizes, amounts and names occur how
 * often. Weights are in per mille unless said otherwise. Everything here is made up to look like a
 * large BIO portfolio, not measured.
 */
final class Spread {

  private Spread() {}

  /** Years of the schemes and their share of the applications (2020 was the crisis year). */
  static final int[] YEARS = {2020, 2021, 2022, 2023};

  static final int[] YEAR_WEIGHTS = {30, 28, 20, 22};

  static final String[] STATUSES = {
    "DRAFT", "WITHDRAWN", "SUBMITTED", "IN_REVIEW", "AWAITING_APPLICANT", "RECOMMENDED", "REJECTED",
    "DISMISSED", "GRANTED", "PARTIALLY_GRANTED", "ACCEPTED", "IN_PROGRESS", "FINAL_REPORTED",
        "CLOSED",
    "APPEALED", "CANCELLED", "RECLAIMED"
  };

  /** Schemes of 2020-2022: almost everything decided, most grants paid and closed. */
  static final int[] STATUS_WEIGHTS_SETTLED = {
    15, 30, 5, 10, 5, 5, 170, 20, 5, 5, 10, 40, 20, 600, 10, 25, 25
  };

  /** Schemes of 2023: more cases still in the caseworkers' queues and grants being paid. */
  static final int[] STATUS_WEIGHTS_RECENT = {
    40, 30, 60, 90, 30, 50, 150, 20, 40, 20, 60, 150, 60, 160, 15, 10, 5
  };

  static final String[] PURPOSES = {
    "DIGITAL",
    "GREEN_TRANSITION",
    "PRODUCTION_RESTRUCTURING",
    "NEW_MARKETS",
    "HEALTH_SAFETY",
    "LANGUAGE",
    "OTHER"
  };
  static final int[] PURPOSE_WEIGHTS = {300, 150, 200, 120, 80, 70, 80};
  static final String[] PURPOSE_WORDS = {
    "digitale verktøy",
    "grønn omstilling",
    "ny produksjon",
    "nye markeder",
    "HMS",
    "norsk på arbeidsplassen",
    "nye oppgaver"
  };

  /** NACE codes (SN2007) across industries, manufacturing the largest as in the real portfolio. */
  static final String[] NACE = {
    "10.200", "10.710", "16.230", "17.210", "22.290", "25.110", "25.620", "28.990", "30.110",
        "31.090",
    "33.150", "03.211", "41.200", "43.210", "46.690", "47.190", "49.410", "52.290", "55.101",
        "56.101",
    "62.010", "63.110", "71.129", "73.110", "86.909"
  };

  static final int[] NACE_WEIGHTS = {
    70, 40, 50, 25, 40, 45, 60, 50, 35, 30, 30, 40, 60, 55, 30, 25, 35, 20, 40, 30, 55, 20, 35, 20,
    55
  };

  static final String[] LEGAL_FORMS = {"AS", "ASA", "ANS", "DA", "SA", "NUF"};
  static final int[] LEGAL_FORM_WEIGHTS = {900, 10, 30, 20, 30, 10};

  /** Real municipalities (2020 numbers) per county, for the companies' business addresses. */
  static String[][] municipalities(String county) {
    return switch (county) {
      case "03" -> new String[][] {{"0301", "Oslo"}};
      case "11" ->
          new String[][] {
            {"1103", "Stavanger"}, {"1108", "Sandnes"}, {"1106", "Haugesund"}, {"1120", "Klepp"}
          };
      case "15" ->
          new String[][] {
            {"1507", "Ålesund"}, {"1506", "Molde"}, {"1505", "Kristiansund"}, {"1516", "Ulstein"}
          };
      case "18" ->
          new String[][] {
            {"1804", "Bodø"}, {"1806", "Narvik"}, {"1833", "Rana"}, {"1860", "Vestvågøy"}
          };
      case "30" ->
          new String[][] {
            {"3005", "Drammen"}, {"3024", "Bærum"}, {"3004", "Fredrikstad"}, {"3030", "Lillestrøm"}
          };
      case "34" ->
          new String[][] {
            {"3401", "Kongsvinger"}, {"3407", "Gjøvik"}, {"3403", "Hamar"}, {"3405", "Lillehammer"}
          };
      case "38" ->
          new String[][] {
            {"3807", "Skien"}, {"3803", "Tønsberg"}, {"3805", "Larvik"}, {"3806", "Porsgrunn"}
          };
      case "42" ->
          new String[][] {
            {"4204", "Kristiansand"}, {"4203", "Arendal"}, {"4206", "Farsund"}, {"4202", "Grimstad"}
          };
      case "46" ->
          new String[][] {
            {"4601", "Bergen"}, {"4602", "Kinn"}, {"4627", "Askøy"}, {"4612", "Sveio"}
          };
      case "50" ->
          new String[][] {
            {"5001", "Trondheim"}, {"5006", "Steinkjer"}, {"5007", "Namsos"}, {"5035", "Stjørdal"}
          };
      case "54" ->
          new String[][] {
            {"5401", "Tromsø"}, {"5403", "Alta"}, {"5402", "Harstad"}, {"5406", "Hammerfest"}
          };
      default -> throw new IllegalArgumentException("No municipalities for county " + county);
    };
  }

  static final String[] NAME_FIRST = {
    "Mjøsa", "Fjellvind", "Nordlys", "Vestkyst", "Solberg", "Dalheim", "Fossen", "Kystlinje",
        "Bjørkli", "Granli",
    "Haugen", "Isdal", "Lien", "Myrvang", "Skogly", "Tindved", "Vassbotn", "Åsen", "Elvebakken",
        "Furulund",
    "Sandvik", "Lyngmo", "Breivik", "Fjordgløtt", "Havbris", "Midtskog", "Nesheim", "Storvik",
        "Tveit", "Øyen"
  };
  static final String[] NAME_SECOND = {
    "Mekaniske", "Trevare", "Sjømat", "Verft", "Elektro", "Bygg", "Plast", "Logistikk", "Møbler",
        "Maskin",
    "Emballasje", "Betong", "Aluminium", "Tekstil", "Grafisk", "Reiseliv", "Næringsmiddel",
        "Automasjon", "Stål", "Glass",
    "Komponent", "Hotell", "Data", "Rådgivning", "Transport", "Handel", "Havbruk", "Energi",
        "Entreprenør", "Helse"
  };
  static final String[][] CONTACTS = {
    {"Kari Nordmann", "912 34 567"},
    {"Ola Haugen", "934 56 789"},
    {"Ingrid Berg", null},
    {"Per Johansen", "47 11 22 33"},
    {"Silje Dahl", "+47 415 55 666"},
    {"Jon Lie", null},
    {"Nora Bakke", "901 22 333"},
    {"Emil Strand", "948 77 120"}
  };

  /** Index drawn by integer weights. */
  static int pick(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * Amount applied for, log-normal around 220 000 NOK, kept to 50 000-2 000 000, whole 1000 NOK.
   */
  static long amountApplied(SplittableRandom random) {
    double normal = gaussian(random);
    double kroner = Math.exp(Math.log(220_000) + 0.75 * normal);
    long thousands = Math.round(Math.clamp(kroner, 50_000, 2_000_000) / 1000);
    return thousands * 1000;
  }

  /** Employees 1-250, log-uniform: many small firms, few near the SME limit. */
  static int employees(SplittableRandom random) {
    return (int) Math.clamp(Math.round(Math.exp(random.nextDouble() * Math.log(250))), 1, 250);
  }

  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * The organisation number 8 + the 7-digit candidate + MOD11 check digit (weights 3 2 7 6 5 4 3
   * 2), or null where the candidate has no valid check digit: the caller tries the next candidate,
   * so numbers stay unique.
   */
  static String orgNumber(int candidate) {
    String body = "8" + String.format("%07d", candidate);
    int check = mod11(body, new int[] {3, 2, 7, 6, 5, 4, 3, 2});
    return check < 0 ? null : body + check;
  }

  /** A valid bank account (MOD11, weights 5 4 3 2 7 6 5 4 3 2) made from a serial. */
  static String bankAccount(int serial) {
    for (int s = serial; ; s += 1_000_000 / 3) {
      String body = "1503" + String.format("%06d", s % 1_000_000);
      int check = mod11(body, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
      if (check >= 0) {
        return body + check;
      }
    }
  }

  /** The MOD11 check digit, or -1 where the body has none (remainder 1). */
  private static int mod11(String body, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return -1;
    }
    return remainder == 0 ? 0 : 11 - remainder;
  }

  /**
   * A reference as the application hands it out (ReferenceNumbers.format): YYYY-NNNN; the column
   * holds nine characters, so numbers past 9999 in one county and year (a million applications
   * overflow Viken's) continue as a letter and three base-36 digits (A000, A001, ...), which sort
   * after 9999.
   */
  static String reference(int year, int number) {
    return ReferenceNumbers.format(year, number);
  }
}
