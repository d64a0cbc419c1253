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

  @Column(name = "max_participant_weeks", nullable = false)
  private int maxParticipantWeeks = 26;

  @Column(name = "finish_within_months", nullable = false)
  private int finishWithinMonths = 18;

  @Column(name = "de_minimis_ceiling_eur", nullable = false)
  private Money deMinimisCeilingEur = Money.ofKroner(300_000);

  @Column(name = "eur_nok_rate", nullable = false, precision = 9, scale = 4)
  private BigDecimal eurNokRate = new BigDecimal("11.5000");

  @Column(name = "wage_hour_factor", nullable = false, precision = 9, scale = 6)
  private BigDecimal wageHourFactor = new BigDecimal("0.000830");

  @Column(name = "wage_hour_cap", nullable = false)
  private Money wageHourCap = Money.ofKroner(700);

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

  /** The most weeks one participant may be in training. */
  public int getMaxParticipantWeeks() {
    return maxParticipantWeeks;
  }

  /** The training must end within this many months of its start. */
  public int getFinishWithinMonths() {
    return finishWithinMonths;
  }

  /**
   * The de minimis ceiling over three fiscal years, in NOK at the scheme's EUR rate, to the øre.
   */
  public Money deMinimisCeilingNok() {
    return Money.of(
        deMinimisCeilingEur.amount().multiply(eurNokRate).setScale(Money.SCALE, Money.ROUNDING));
  }

  public BigDecimal getWageHourFactor() {
    return wageHourFactor;
  }

  public Money getWageHourCap() {
    return wageHourCap;
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
