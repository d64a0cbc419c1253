package no.biogrants.attachment;

/** What a document is (domain §2.8 and §2.11); each page offers the kinds that fit its owner. */
public enum AttachmentKind {
  TRAINING_PLAN,
  ANNUAL_ACCOUNTS,
  PARTICIPANT_LIST,
  INVOICES,
  AUDITOR_ATTESTATION,
  OTHER
}
