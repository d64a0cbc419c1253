package no.biogrants.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The NACE Rev. 2 (SN2007) section of a two-digit division, e.g. 10-33 → C (manufacturing).
 * Divisions that do not exist (e.g. 04, 34, 89) and codes that are not numbers give {@link
 * #UNKNOWN}. Reports group by division in SQL and fold divisions into sections here.
 */
public final class NaceSections {

  public static final String UNKNOWN = "?";

  /** Section letter and the first division of each section, in order. */
  private static final String[][] SECTIONS = {
    {"A", "01", "03"}, {"B", "05", "09"}, {"C", "10", "33"}, {"D", "35", "35"}, {"E", "36", "39"},
    {"F", "41", "43"}, {"G", "45", "47"}, {"H", "49", "53"}, {"I", "55", "56"}, {"J", "58", "63"},
    {"K", "64", "66"}, {"L", "68", "68"}, {"M", "69", "75"}, {"N", "77", "82"}, {"O", "84", "84"},
    {"P", "85", "85"}, {"Q", "86", "88"}, {"R", "90", "93"}, {"S", "94", "96"}, {"T", "97", "98"},
    {"U", "99", "99"}
  };

  private NaceSections() {}

  /** The section of a NACE code ("25.110", "25110" or "25"), by its first two digits. */
  public static String sectionOf(String naceCode) {
    if (naceCode == null
        || naceCode.length() < 2
        || !Character.isDigit(naceCode.charAt(0))
        || !Character.isDigit(naceCode.charAt(1))) {
      return UNKNOWN;
    }
    String division = naceCode.substring(0, 2);
    for (String[] section : SECTIONS) {
      if (division.compareTo(section[1]) >= 0 && division.compareTo(section[2]) <= 0) {
        return section[0];
      }
    }
    return UNKNOWN;
  }

  /** The divisions of a section (for a drill-down from a section to its cases). */
  public static List<String> divisionsOf(String section) {
    List<String> divisions = new ArrayList<>();
    for (int d = 0; d <= 99; d++) {
      String division = String.format("%02d", d);
      if (sectionOf(division).equals(section)) {
        divisions.add(division);
      }
    }
    return divisions;
  }
}
