package no.biogrants.grantapplication;

/**
 * The parts of an application, as the form's steps show them. A caseworker's question names the
 * parts the applicant may change before answering; the rest stays as submitted.
 */
public enum ApplicationPart {
  ABOUT,
  TRAINING_PLAN,
  COSTS,
  DE_MINIMIS,
  COMMITTEE_AND_ATTACHMENTS
}
