package no.biogrants.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A number that took over from a municipality number that ended (Drammen 3005 → 3301). */
@Entity
@Table(name = "municipality_succession")
@IdClass(MunicipalitySuccession.Key.class)
public class MunicipalitySuccession {

  @Id
  @Column(name = "predecessor_number", length = 4)
  private String predecessorNumber;

  @Id
  @Column(name = "successor_number", length = 4)
  private String successorNumber;

  @Column(name = "from_year", nullable = false)
  private int fromYear;

  protected MunicipalitySuccession() {}

  public String getPredecessorNumber() {
    return predecessorNumber;
  }

  public String getSuccessorNumber() {
    return successorNumber;
  }

  public int getFromYear() {
    return fromYear;
  }

  public record Key(String predecessorNumber, String successorNumber) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
