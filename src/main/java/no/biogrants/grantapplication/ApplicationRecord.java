package no.biogrants.grantapplication;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import no.biogrants.applicant.Company;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;

/**
 * What a {@link GrantApplication} stores, and its getters: the columns of {@code grant_application}
 * and its lines. Only the entity's verbs change them (the fields are package-private for it; no
 * setters). The columns the queries search (status, county, reference, company name …) stay flat
 * attributes here so JPQL paths like {@code a.status} keep working; the company's snapshot and the
 * details' columns are value objects ({@link CompanySnapshot}, {@link StoredDetails}).
 */
@MappedSuperclass
public abstract class ApplicationRecord {

  public static final int TITLE_MAXLENGTH = 200;
  public static final int DESCRIPTION_MAXLENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "reference", length = 9)
  String reference;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "round_id")
  FundingRound round;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "company_id")
  Company company;

  @Column(name = "county_code", nullable = false)
  String countyCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  ApplicationStatus status;

  @Column(name = "title", nullable = false, length = TITLE_MAXLENGTH)
  String title;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAXLENGTH)
  String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "training_purpose", nullable = false)
  TrainingPurpose trainingPurpose;

  @Column(name = "amount_applied", nullable = false)
  Money amountApplied;

  @Column(name = "company_name", nullable = false)
  String companyName;

  @Column(name = "nace_code", nullable = false)
  String naceCode;

  @Embedded CompanySnapshot snapshot;

  @Column(name = "created_by", nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "submitted_at")
  Instant submittedAt;

  @Column(name = "assignee")
  String assignee;

  /** The current weighted score 0-100 (newest score sheet), for sorting the queue. */
  @Column(name = "score", precision = 5, scale = 2)
  BigDecimal score;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<CostPlanLine> costPlanLines = new ArrayList<>();

  /** Null when every column of the details is empty (as JPA loads an all-null embeddable). */
  @Embedded StoredDetails storedDetails;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<TrainingPlanLine> trainingPlanLines = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<DeMinimisAidLine> deMinimisLines = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("sequence")
  List<StatusChange> history = new ArrayList<>();

  @Version long version;

  public ApplicationDetails details() {
    return StoredDetails.toDetails(
        storedDetails,
        trainingPlanLines.stream().map(TrainingPlanLine::item).toList(),
        deMinimisLines.stream().map(DeMinimisAidLine::aid).toList());
  }

  public ApplicationContent content() {
    return new ApplicationContent(
        title,
        description,
        trainingPurpose,
        amountApplied,
        costPlanLines.stream().map(CostPlanLine::item).toList());
  }

  public CostPlan costPlan() {
    return new CostPlan(costPlanLines.stream().map(CostPlanLine::item).toList());
  }

  /** Replaces the lines with one per item, numbered 1, 2, 3 … (orphans are deleted). */
  static <I, L> void renumber(List<L> lines, List<I> items, BiFunction<Integer, I, L> line) {
    lines.clear();
    int position = 1;
    for (I item : items) {
      lines.add(line.apply(position++, item));
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public FundingRound getRound() {
    return round;
  }

  public Company getCompany() {
    return company;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public TrainingPurpose getTrainingPurpose() {
    return trainingPurpose;
  }

  public Money getAmountApplied() {
    return amountApplied;
  }

  public String getCompanyName() {
    return companyName;
  }

  public OrganisationNumber getOrgNumber() {
    return snapshot.orgNumber();
  }

  public String getNaceCode() {
    return naceCode;
  }

  public int getEmployees() {
    return snapshot.employees();
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getAssignee() {
    return assignee;
  }

  public BigDecimal getScore() {
    return score;
  }

  public List<CostPlanLine> getCostPlanLines() {
    return costPlanLines;
  }

  public List<StatusChange> getHistory() {
    return history;
  }

  public long getVersion() {
    return version;
  }
}
