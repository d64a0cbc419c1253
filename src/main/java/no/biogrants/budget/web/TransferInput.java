package no.biogrants.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;

/** The admin's transfer request as typed on the line page: to which line, how much and why. */
public class TransferInput implements Serializable {

  private Long to;
  private BigDecimal amount;
  private String reason;

  /** Empties amount and reason once the request is made (the target line stays chosen). */
  void clear() {
    amount = null;
    reason = null;
  }

  public Long getTo() {
    return to;
  }

  public void setTo(Long to) {
    this.to = to;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
