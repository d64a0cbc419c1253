package no.biogrants.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import no.biogrants.shared.Money;

/** One payment file sent to the county's finance system: which payments, how many, the total. */
@Entity
@Table(name = "payment_export")
@NamedQuery(
    name = "PaymentExport.forCounty",
    query = "SELECT e FROM PaymentExport e WHERE e.countyCode = :county ORDER BY e.id DESC")
public class PaymentExport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "county_code", nullable = false, updatable = false)
  private String countyCode;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "payments", nullable = false, updatable = false)
  private int payments;

  @Column(name = "total", nullable = false, updatable = false)
  private Money total;

  protected PaymentExport() {}

  PaymentExport(String countyCode, String createdBy, Instant createdAt, int payments, Money total) {
    this.countyCode = countyCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.payments = payments;
    this.total = total;
  }

  public Long getId() {
    return id;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getPayments() {
    return payments;
  }

  public Money getTotal() {
    return total;
  }
}
