package no.biogrants.casework.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an appeal came in: by which channel, with which grounds, on which day against which deadline,
 * and who registered it when. Set once, never changed.
 */
@Embeddable
public class AppealReceipt {

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private AppealChannel channel;

  @Column(name = "grounds", nullable = false, updatable = false, length = Appeal.GROUNDS_MAXLENGTH)
  private String grounds;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "deadline", nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "registered_by", nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected AppealReceipt() {}

  /** The grounds are required, and stripped. */
  AppealReceipt(
      AppealChannel channel,
      String grounds,
      LocalDate receivedOn,
      LocalDate deadline,
      String by,
      Instant at) {
    this.channel = channel;
    this.grounds =
        AppealInput.text(grounds, "validation.appeal.groundsRequired", Appeal.GROUNDS_MAXLENGTH);
    this.receivedOn = receivedOn;
    this.deadline = deadline;
    this.registeredBy = by;
    this.registeredAt = at;
  }

  /** Received after the deadline's last day. */
  boolean isLate() {
    return receivedOn.isAfter(deadline);
  }

  /** Days received after the deadline (0 when in time). */
  long daysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, receivedOn));
  }

  AppealChannel channel() {
    return channel;
  }

  String grounds() {
    return grounds;
  }

  LocalDate receivedOn() {
    return receivedOn;
  }

  LocalDate deadline() {
    return deadline;
  }

  String registeredBy() {
    return registeredBy;
  }

  Instant registeredAt() {
    return registeredAt;
  }
}
