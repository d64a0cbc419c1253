package no.biogrants.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A standard condition (vilkår) in the library the caseworker picks from when recommending. A
 * template without a county is offered to every county; a county's own templates come after.
 */
@Entity
@Table(name = "condition_template")
@NamedQuery(
    name = "ConditionTemplate.forCounty",
    query =
        "SELECT c FROM ConditionTemplate c WHERE (c.countyCode IS NULL OR c.countyCode = :county)"
            + " AND c.active = TRUE ORDER BY c.position, c.id")
public class ConditionTemplate {

  public static final int WORDING_MAXLENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "county_code", updatable = false)
  private String countyCode;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "wording", nullable = false, length = WORDING_MAXLENGTH)
  private String wording;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version private long version;

  protected ConditionTemplate() {}

  ConditionTemplate(String countyCode, String code, String wording, int position) {
    this.countyCode = countyCode;
    this.code = code;
    this.wording = wording;
    this.position = position;
  }

  void reword(String wording) {
    this.wording = wording;
  }

  void deactivate() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public String getCode() {
    return code;
  }

  public String getWording() {
    return wording;
  }

  public int getPosition() {
    return position;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isNational() {
    return countyCode == null;
  }

  public long getVersion() {
    return version;
  }
}
