package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.biogrants.applicant.Company;
import no.biogrants.shared.OrganisationNumber;

/**
 * The company as it was when it applied: later changes to its profile do not rewrite the
 * application. The name and industry code are kept on {@link GrantApplication} itself, where the
 * case queue searches and sorts them; the rest is here. Rows from before the legal form and county
 * were kept read them from the company.
 */
@Embeddable
public class CompanySnapshot {

  @Column(name = "org_number", nullable = false)
  private OrganisationNumber orgNumber;

  @Column(name = "employees", nullable = false)
  private int employees;

  @Column(name = "company_legal_form", length = 10)
  private String legalForm;

  @Column(name = "company_county", length = 2)
  private String county;

  protected CompanySnapshot() {}

  CompanySnapshot(Company company) {
    this.orgNumber = company.getOrgNumber();
    this.employees = company.getEmployees();
    this.legalForm = company.getLegalForm();
    this.county = company.getCountyCode();
  }

  public OrganisationNumber orgNumber() {
    return orgNumber;
  }

  public int employees() {
    return employees;
  }

  /** The legal form when it applied, or the company's own for rows from before it was kept. */
  String legalFormOr(Company company) {
    return legalForm != null ? legalForm : company.getLegalForm();
  }

  /** The county when it applied, or the company's own for rows from before it was kept. */
  String countyOr(Company company) {
    return county != null ? county : company.getCountyCode();
  }
}
