package no.biogrants.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A county authority (fylkeskommune), identified by its two-digit county number. */
@Entity
@Table(name = "county")
@NamedQuery(name = "County.all", query = "SELECT c FROM County c ORDER BY c.code")
public class County {

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "valid_from", nullable = false)
  private int validFrom;

  @Column(name = "valid_to")
  private Integer validTo;

  protected County() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getValidFrom() {
    return validFrom;
  }

  public Integer getValidTo() {
    return validTo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof County c && code.equals(c.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
