package no.biogrants.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A measure other than a BIO grant that a county funds from a flexible line, e.g. upper secondary
 * education for laid-off workers. It has its own commitments and payments on the line, so "how much
 * of the flexible money went to BIO" is a query, not a guess.
 */
@Entity
@Table(name = "measure")
public class Measure {

  public static final int NAME_MAXLENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "budget_line_id", nullable = false)
  private Long budgetLineId;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false)
  private FundPurpose purpose;

  @Column(name = "name", nullable = false, length = NAME_MAXLENGTH)
  private String name;

  @Column(name = "description")
  private String description;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Measure() {}

  Measure(
      BudgetLine line,
      FundPurpose purpose,
      String name,
      String description,
      String createdBy,
      Instant createdAt) {
    this.budgetLineId = line.getId();
    this.countyCode = line.getCountyCode();
    this.purpose = purpose;
    this.name = name;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public FundPurpose getPurpose() {
    return purpose;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
