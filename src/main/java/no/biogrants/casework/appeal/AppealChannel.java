package no.biogrants.casework.appeal;

/**
 * How an appeal reached the county: sent by the applicant's user from the portal, or by letter or
 * e-mail.
 */
public enum AppealChannel {
  ONLINE,
  LETTER,
  EMAIL
}
