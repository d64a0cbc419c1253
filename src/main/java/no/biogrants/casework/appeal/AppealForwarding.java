package no.biogrants.casework.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import no.biogrants.shared.InvalidInputException;

/**
 * An appeal sent to the appeal body (oversendelse): on which day, with the county's statement, by
 * whom and when it was recorded. An appeal not forwarded has none (its columns are null).
 */
@Embeddable
public class AppealForwarding {

  @Column(name = "forwarded_on")
  private LocalDate on;

  /** The county's statement to the appeal body. */
  @Column(name = "forwarding_statement", length = Appeal.STATEMENT_MAXLENGTH)
  private String statement;

  @Column(name = "forwarded_by")
  private String by;

  @Column(name = "forwarded_at")
  private Instant at;

  protected AppealForwarding() {}

  /**
   * Forwarded on a day not in the future and not before the appeal was received; the statement is
   * required.
   */
  AppealForwarding(
      LocalDate on,
      String statement,
      LocalDate receivedOn,
      LocalDate today,
      String by,
      Instant at) {
    AppealInput.requirePastDate(on, today);
    if (on.isBefore(receivedOn)) {
      throw new InvalidInputException("validation.appeal.forwardedBeforeReceived");
    }
    this.statement =
        AppealInput.text(
            statement, "validation.appeal.statementRequired", Appeal.STATEMENT_MAXLENGTH);
    this.on = on;
    this.by = by;
    this.at = at;
  }

  LocalDate on() {
    return on;
  }

  String statement() {
    return statement;
  }

  String by() {
    return by;
  }

  Instant at() {
    return at;
  }
}
