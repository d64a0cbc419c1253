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
 * decides, and the part-payment share.
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
