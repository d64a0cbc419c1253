package no.biogrants.county;

import java.util.List;
import java.util.Optional;

/**
 * What the municipality register says of a number in a year: the municipality it names then, or,
 * when the number had ended by then, the municipality it named last and the numbers that took over
 * (CTY-R1, CTY-R2); neither when the register never held it.
 */
public record MunicipalityInYear(
    String number,
    int year,
    Optional<Municipality> inForce,
    Optional<Municipality> ended,
    List<Municipality> successors) {

  public MunicipalityInYear {
    successors = List.copyOf(successors);
  }

  /**
   * Decides from every period the register holds for the number (any order) and the successors of
   * the last one that ended before the year.
   */
  static MunicipalityInYear of(
      String number, int year, List<Municipality> periods, List<Municipality> successors) {
    Optional<Municipality> inForce = periods.stream().filter(m -> m.validIn(year)).findFirst();
    Optional<Municipality> ended =
        inForce.isPresent()
            ? Optional.empty()
            : periods.stream()
                .filter(m -> m.getValidTo() != null && m.getValidTo() < year)
                .reduce((a, b) -> a.getValidTo() >= b.getValidTo() ? a : b);
    return new MunicipalityInYear(
        number, year, inForce, ended, ended.isPresent() ? successors : List.of());
  }

  /** The county the number belongs to in the year, when it is in force then. */
  public Optional<String> countyCode() {
    return inForce.map(Municipality::getCountyCode);
  }

  /** The successors' numbers and names: "3301 Drammen", "1508 Ålesund, 1580 Haram". */
  public String successorsText() {
    return String.join(
        ", ", successors.stream().map(m -> m.getNumber() + " " + m.getName()).toList());
  }
}
