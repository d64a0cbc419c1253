package no.biogrants.applicant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.OrganisationNumber;

/**
 * A company that applies (søker), identified by its organisation number, which never changes. Its
 * business municipality decides the county it applies to: the county is never typed, it is the
 * first two digits of the municipality number. The users who may act for it (its representatives)
 * are linked by user id; there is always at least one.
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

  @Column(name = "org_number", nullable = false, length = 9, updatable = false)
  private OrganisationNumber orgNumber;

  @Column(name = "name", nullable = false, length = CompanyProfile.NAME_MAXLENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false)
  private LegalForm legalForm;

  @Column(name = "nace_code", nullable = false)
  private String naceCode;

  @Column(name = "employees", nullable = false)
  private int employees;

  /** Null only for companies registered before V020; the next save of the profile sets it. */
  @Column(name = "municipality_number", length = 4)
  private String municipalityNumber;

  @Column(
      name = "municipality_name",
      nullable = false,
      length = CompanyProfile.MUNICIPALITY_NAME_MAXLENGTH)
  private String municipalityName;

  @Column(name = "county_code", nullable = false)
  private String countyCode;

  /** Where grants are paid; once registered it can be changed but not removed. */
  @Column(name = "bank_account", length = 11)
  private String bankAccount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "company_contact", joinColumns = @JoinColumn(name = "company_id"))
  @OrderColumn(name = "position")
  private List<ContactPerson> contacts = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "company_user", joinColumns = @JoinColumn(name = "company_id"))
  @Column(name = "user_id")
  private Set<Long> userIds = new HashSet<>();

  @Version private long version;

  protected Company() {}

  /** A new company with its profile; refused with every broken rule when the profile breaks any. */
  public Company(OrganisationNumber orgNumber, CompanyProfile profile) {
    this.orgNumber = orgNumber;
    changeProfile(profile);
  }

  /**
   * Takes over the profile (rules COMP-C3–COMP-C8). The county follows the municipality number. A
   * bank account once registered may be changed but not removed: payments are made to it.
   */
  public void changeProfile(CompanyProfile profile) {
    List<FieldViolation> problems = new ArrayList<>(profile.problems());
    if (profile.bankAccount() == null && bankAccount != null) {
      problems.add(FieldViolation.of("bankAccount", "company.bankAccount.cannotRemove"));
    }
    InvalidInputException.throwIfAny(problems);
    name = profile.name();
    legalForm = profile.legalForm();
    naceCode = profile.naceCode();
    employees = profile.employees();
    municipalityNumber = profile.municipalityNumber();
    municipalityName = profile.municipalityName();
    countyCode = CompanyProfile.countyOf(municipalityNumber);
    if (profile.bankAccount() != null) {
      bankAccount = profile.bankAccount();
    }
    if (!contacts.equals(profile.contacts())) {
      contacts.clear();
      contacts.addAll(profile.contacts());
    }
  }

  /** The profile as it is now, to start an edit from. */
  public CompanyProfile profile() {
    return new CompanyProfile(
        name,
        legalForm,
        naceCode,
        employees,
        municipalityNumber,
        municipalityName,
        bankAccount,
        contacts);
  }

  /** What the county will look at before funding (rule COMP-C4); no flag stops a registration. */
  public Set<ProfileFlag> flags() {
    Set<ProfileFlag> flags = EnumSet.noneOf(ProfileFlag.class);
    if (legalForm.isPublicSector()) {
      flags.add(ProfileFlag.PUBLIC_SECTOR);
    }
    if (legalForm == LegalForm.ENK && employees == 0) {
      flags.add(ProfileFlag.SOLE_PROPRIETOR_WITHOUT_EMPLOYEES);
    }
    if (municipalityNumber == null) {
      flags.add(ProfileFlag.MUNICIPALITY_NUMBER_MISSING);
    }
    if (bankAccount == null) {
      flags.add(ProfileFlag.BANK_ACCOUNT_MISSING);
    }
    return flags;
  }

  /** Every field as text, for the audit trail's before and after. */
  public Map<String, String> snapshot() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("legalForm", legalForm.code());
    fields.put("naceCode", naceCode);
    fields.put("employees", Integer.toString(employees));
    fields.put("municipality", municipalityNumber + " " + municipalityName);
    fields.put("county", countyCode);
    fields.put("bankAccount", bankAccount == null ? "-" : bankAccount().orElseThrow().formatted());
    fields.put("contacts", contactsFingerprint());
    return fields;
  }

  /**
   * The contact persons as the audit trail records them: how many, and a fingerprint that changes
   * when any of them does, never their names, e-mails or phones (rule PRIV-G3 of privacy).
   */
  String contactsFingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(contacts.toString().getBytes(StandardCharsets.UTF_8));
      return contacts.size() + " (" + HexFormat.of().formatHex(digest, 0, 6) + ")";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public void addUser(Long userId) {
    userIds.add(userId);
  }

  /** Removes a representative; the last one stays (rule COMP-C9). */
  public void removeUser(Long userId) {
    if (userIds.contains(userId) && userIds.size() == 1) {
      throw new BusinessException("company.representative.last");
    }
    userIds.remove(userId);
  }

  public boolean isRepresentedBy(Long userId) {
    return userIds.contains(userId);
  }

  /** The account grants are paid to, if the company has registered one. */
  public Optional<BankAccount> bankAccount() {
    return Optional.ofNullable(bankAccount).map(BankAccount::new);
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

  /** The register code ("AS", "ENK", …), as the eligibility gates read it. */
  public String getLegalForm() {
    return legalForm.code();
  }

  public LegalForm legalForm() {
    return legalForm;
  }

  public String getNaceCode() {
    return naceCode;
  }

  public int getEmployees() {
    return employees;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public String getMunicipalityName() {
    return municipalityName;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public List<ContactPerson> getContacts() {
    return Collections.unmodifiableList(contacts);
  }

  public Set<Long> getUserIds() {
    return Collections.unmodifiableSet(userIds);
  }

  public long getVersion() {
    return version;
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
