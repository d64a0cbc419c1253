package no.biogrants.attachment;

/** What an attachment belongs to; the owner's id is that entity's id. */
public enum OwnerType {
  APPLICATION("GrantApplication"),
  PAYMENT_REQUEST("PaymentRequest"),
  APPEAL("Appeal");

  private final String auditEntityType;

  OwnerType(String auditEntityType) {
    this.auditEntityType = auditEntityType;
  }

  /** The owner's entity type in the audit trail, so attachments show in the owner's trail. */
  public String auditEntityType() {
    return auditEntityType;
  }
}
