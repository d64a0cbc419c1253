package no.biogrants.applicant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.OrganisationNumber;

/**
 * A company that applies (søker), identified by its organisation number. Its business address
 * decides the county it applies to. Users who may act for it are linked by user id.
 */
@Entity
@Table(name = "company")
@NamedQuery(
    name = "Company.forUser",
    query = "SELECT c FROM Company c WHERE :userId MEMBER OF c.userIds ORDER BY c.name")
@NamedQuery(
    name = "Company.byOrgNumber",
    query = "SELECT c FROM Company c WHERE c.orgNumber = :orgNumber")
public class Company {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_number", nullable = false, length = 9)
  private OrganisationNumber orgNumber;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "legal_form", nullable = false)
  private String legalForm;

  @Column(name = "nace_code", nullable = false)
  private String naceCode;

  @Column(name = "employees", nullable = false)
  private int employees;

  @Column(name = "municipality", nullable = false)
  private String municipality;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  /** Where grants are paid; registered by the company when it accepts its first grant. */
  @Column(name = "bank_account", length = 11)
  private String bankAccount;

  @ElementCollection
  @CollectionTable(name = "company_user", joinColumns = @JoinColumn(name = "company_id"))
  @Column(name = "user_id")
  private Set<Long> userIds = new HashSet<>();

  @Version private long version;

  protected Company() {}

  public Company(
      OrganisationNumber orgNumber,
      String name,
      String legalForm,
      String naceCode,
      int employees,
      String municipality,
      String countyCode) {
    this.orgNumber = orgNumber;
    this.name = name;
    this.legalForm = legalForm;
    this.naceCode = naceCode;
    this.employees = employees;
    this.municipality = municipality;
    this.countyCode = countyCode;
  }

  public void addUser(Long userId) {
    userIds.add(userId);
  }

  public boolean isRepresentedBy(Long userId) {
    return userIds.contains(userId);
  }

  /** The account grants are paid to, if the company has registered one. */
  public java.util.Optional<BankAccount> bankAccount() {
    return java.util.Optional.ofNullable(bankAccount).map(BankAccount::new);
  }

  public void registerBankAccount(BankAccount account) {
    this.bankAccount = account.value();
  }

  public Long getId() {
    return id;
  }

  public OrganisationNumber getOrgNumber() {
    return orgNumber;
  }

  public String getName() {
    return name;
  }

  public String getLegalForm() {
    return legalForm;
  }

  public String getNaceCode() {
    return naceCode;
  }

  public int getEmployees() {
    return employees;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getCountyCode() {
    return countyCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Company c && orgNumber.equals(c.orgNumber);
  }

  @Override
  public int hashCode() {
    return orgNumber.hashCode();
  }
}
