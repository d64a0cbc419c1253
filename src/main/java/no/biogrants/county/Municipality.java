package no.biogrants.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A municipality number as Statistics Norway's classification has it, for the years it was valid:
 * the register that decides which county a company belongs to (CTY-R1).
 */
@Entity
@Table(name = "municipality")
@IdClass(Municipality.Key.class)
@NamedQuery(
    name = "Municipality.byNumber",
    query = "SELECT m FROM Municipality m WHERE m.number = :number ORDER BY m.validFrom")
@NamedQuery(
    name = "Municipality.successorsOf",
    query =
        "SELECT m FROM Municipality m, MunicipalitySuccession s WHERE s.predecessorNumber = :number"
            + " AND m.number = s.successorNumber AND m.validFrom = s.fromYear ORDER BY m.number")
public class Municipality {

  @Id
  @Column(name = "number", length = 4)
  private String number;

  @Id
  @Column(name = "valid_from")
  private int validFrom;

  @Column(name = "valid_to")
  private Integer validTo;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "county_code", nullable = false, length = 2)
  private String countyCode;

  protected Municipality() {}

  Municipality(String number, int validFrom, Integer validTo, String name, String countyCode) {
    this.number = number;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.name = name;
    this.countyCode = countyCode;
  }

  /** Whether the number was valid in the year. */
  public boolean validIn(int year) {
    return validFrom <= year && (validTo == null || validTo >= year);
  }

  public String getNumber() {
    return number;
  }

  public int getValidFrom() {
    return validFrom;
  }

  public Integer getValidTo() {
    return validTo;
  }

  public String getName() {
    return name;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public record Key(String number, int validFrom) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }
}
