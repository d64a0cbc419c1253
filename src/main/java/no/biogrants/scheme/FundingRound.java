package no.biogrants.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A round (søknadsrunde / utlysning) of a scheme: open from a date to a deadline, or rolling
 * (decided while the money lasts). Its applications draw on one budget line and are scored on its
 * rubric.
 */
@Entity
@Table(name = "funding_round")
@NamedQuery(
    name = "FundingRound.forCounty",
    query =
        "SELECT r FROM FundingRound r WHERE r.scheme.countyCode = :county ORDER BY r.opensOn DESC")
public class FundingRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "scheme_id")
  private Scheme scheme;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "deadline")
  private LocalDate deadline;

  @Column(name = "rolling", nullable = false)
  private boolean rolling;

  @Column(name = "budget_line_id", nullable = false)
  private Long budgetLineId;

  @OneToMany(mappedBy = "round", fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<RubricCriterion> rubric = new ArrayList<>();

  @Version private long version;

  protected FundingRound() {}

  public FundingRound(
      Scheme scheme,
      String name,
      LocalDate opensOn,
      LocalDate deadline,
      boolean rolling,
      Long budgetLineId) {
    this.scheme = scheme;
    this.name = name;
    this.opensOn = opensOn;
    this.deadline = deadline;
    this.rolling = rolling;
    this.budgetLineId = budgetLineId;
  }

  /** Open on this day: on or after the opening, and on or before the deadline unless rolling. */
  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opensOn) && (rolling || deadline == null || !day.isAfter(deadline));
  }

  public RubricCriterion addCriterion(String code, int weightPercent) {
    RubricCriterion criterion = new RubricCriterion(this, code, weightPercent, rubric.size() + 1);
    rubric.add(criterion);
    return criterion;
  }

  public Long getId() {
    return id;
  }

  public Scheme getScheme() {
    return scheme;
  }

  public String getName() {
    return name;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public boolean isRolling() {
    return rolling;
  }

  public Long getBudgetLineId() {
    return budgetLineId;
  }

  public List<RubricCriterion> getRubric() {
    return rubric;
  }
}
