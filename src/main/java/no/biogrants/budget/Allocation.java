package no.biogrants.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import no.biogrants.shared.Money;

/**
 * Money from a source, e.g. "Statsbudsjettet 2020 – BIO" (105 MNOK, earmarked for BIO) or
 * "Krisepakke 2020" (250 MNOK, flexible: BIO, upper secondary or other measures), split between
 * counties into budget lines.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "source", nullable = false)
  private String source;

  @Column(name = "allocation_year", nullable = false)
  private int year;

  @Column(name = "amount", nullable = false)
  private Money amount;

  @Column(name = "flexible", nullable = false)
  private boolean flexible;

  @Enumerated(EnumType.STRING)
  @Column(name = "split_method", nullable = false)
  private SplitMethod splitMethod;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "allocation_purpose", joinColumns = @JoinColumn(name = "allocation_id"))
  @Column(name = "purpose")
  @Enumerated(EnumType.STRING)
  private Set<FundPurpose> purposes = EnumSet.noneOf(FundPurpose.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Allocation() {}

  public Allocation(
      String name,
      String source,
      int year,
      Money amount,
      Set<FundPurpose> purposes,
      SplitMethod splitMethod,
      String createdBy,
      Instant createdAt) {
    this.name = name;
    this.source = source;
    this.year = year;
    this.amount = amount;
    this.purposes = EnumSet.copyOf(purposes);
    this.flexible = purposes.size() > 1;
    this.splitMethod = splitMethod;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSource() {
    return source;
  }

  public int getYear() {
    return year;
  }

  public Money getAmount() {
    return amount;
  }

  public boolean isFlexible() {
    return flexible;
  }

  public SplitMethod getSplitMethod() {
    return splitMethod;
  }

  public Set<FundPurpose> getPurposes() {
    return purposes;
  }
}
