package no.biogrants.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import no.biogrants.shared.Money;
import no.biogrants.shared.Rate;

/**
 * A county's BIO scheme (støtteordning) for a year, with the rules its rounds apply: the aid
 * intensity, the ceiling per company, the delegation limit above which the political committee
 * decides, the part-payment share, the days allowed for accepting a grant, the amount above which
 * the final report needs an auditor's attestation and the payment amount above which a second
 * person must approve.
 */
@Entity
@Table(name = "scheme")
public class Scheme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  @Column(name = "scheme_year", nullable = false)
  private int year;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "aid_intensity", nullable = false, precision = 9, scale = 6)
  private BigDecimal aidIntensity;

  @Column(name = "company_ceiling", nullable = false)
  private Money companyCeiling;

  @Column(name = "delegation_limit", nullable = false)
  private Money delegationLimit;

  @Column(name = "part_payment_share", nullable = false, precision = 9, scale = 6)
  private BigDecimal partPaymentShare;

  @Column(name = "acceptance_days", nullable = false)
  private int acceptanceDays = 21;

  @Column(name = "attestation_threshold", nullable = false)
  private Money attestationThreshold = Money.of("200000");

  @Column(name = "payment_four_eyes_above", nullable = false)
  private Money paymentFourEyesAbove = Money.of("100000");

  @Version private long version;

  protected Scheme() {}

  public Scheme(
      String countyCode,
      int year,
      String name,
      Rate aidIntensity,
      Money companyCeiling,
      Money delegationLimit,
      Rate partPaymentShare) {
    this.countyCode = countyCode;
    this.year = year;
    this.name = name;
    this.aidIntensity = aidIntensity.value();
    this.companyCeiling = companyCeiling;
    this.delegationLimit = delegationLimit;
    this.partPaymentShare = partPaymentShare.value();
  }

  /**
   * The most the rules allow for these eligible costs: aid intensity × eligible costs, capped by
   * the company ceiling, rounded down to whole kroner.
   */
  public Money maximumGrant(Money eligibleCosts) {
    return eligibleCosts.times(getAidIntensity()).min(companyCeiling).roundDownToWholeKroner();
  }

  /** Days the company has to accept a grant, counted from the decision date. */
  public int getAcceptanceDays() {
    return acceptanceDays;
  }

  /** Above this grant the final report needs an auditor's attestation. */
  public Money getAttestationThreshold() {
    return attestationThreshold;
  }

  /** Payments above this amount need a second approver (four eyes). */
  public Money getPaymentFourEyesAbove() {
    return paymentFourEyesAbove;
  }

  public Long getId() {
    return id;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public int getYear() {
    return year;
  }

  public String getName() {
    return name;
  }

  public Rate getAidIntensity() {
    return Rate.of(aidIntensity);
  }

  public Money getCompanyCeiling() {
    return companyCeiling;
  }

  public Money getDelegationLimit() {
    return delegationLimit;
  }

  public Rate getPartPaymentShare() {
    return Rate.of(partPaymentShare);
  }
}
