package no.biogrants.privacy;

/**
 * One place a person is named: what kind of record (a company's contact, an application's
 * committee, a payment request's auditor, a user), which record, the field and the value stored.
 */
public record PersonalDataFinding(
    Place place, long recordId, String record, String field, String value) {

  /** The kinds of places personal data is kept (rule PRIV-G1). */
  public enum Place {
    COMPANY_CONTACT,
    TRAINING_COMMITTEE,
    AUDITOR,
    USER
  }
}
