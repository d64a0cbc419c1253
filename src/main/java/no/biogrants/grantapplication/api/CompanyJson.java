package no.biogrants.grantapplication.api;

import no.biogrants.grantapplication.GrantApplication;

/**
 * The applicant company of an application, as it was when the draft was made (org number: 9
 * digits).
 */
public record CompanyJson(long id, String name, String orgNumber) {

  static CompanyJson of(GrantApplication application) {
    return new CompanyJson(
        application.getCompany().getId(),
        application.getCompanyName(),
        application.getOrgNumber().value());
  }
}
