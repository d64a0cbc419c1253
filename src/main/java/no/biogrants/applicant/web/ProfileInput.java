package no.biogrants.applicant.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.LegalForm;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.InvalidInputException;

/**
 * The company profile form as typed (shared by registration and the profile page through {@code
 * WEB-INF/includes/company-fields.xhtml}), and the one place that puts the service's refusals next
 * to their fields.
 */
public class ProfileInput implements Serializable {

  private String orgNumber;
  private String name;
  private LegalForm legalForm;
  private String naceCode;
  private Integer employees;
  private String municipalityNumber;
  private String municipalityName;
  private String bankAccount;
  private List<ContactInput> contacts = new ArrayList<>(List.of(new ContactInput()));

  /** An empty form with one empty contact row. */
  public ProfileInput() {}

  /** The company's profile, to edit. */
  static ProfileInput of(Company company) {
    ProfileInput input = new ProfileInput();
    input.name = company.getName();
    input.legalForm = company.legalForm();
    input.naceCode = company.getNaceCode();
    input.employees = company.getEmployees();
    input.municipalityNumber = company.getMunicipalityNumber();
    input.municipalityName = company.getMunicipalityName();
    input.bankAccount = company.bankAccount().map(a -> a.formatted()).orElse(null);
    input.contacts =
        new ArrayList<>(company.getContacts().stream().map(ContactInput::new).toList());
    if (input.contacts.isEmpty()) {
      input.contacts.add(new ContactInput());
    }
    return input;
  }

  /**
   * The profile to save; empty contact rows are dropped first, so row numbers match the messages.
   */
  CompanyProfile toProfile() {
    contacts.removeIf(ContactInput::isBlank);
    CompanyProfile profile =
        new CompanyProfile(
            name,
            legalForm,
            naceCode,
            employees,
            municipalityNumber,
            municipalityName,
            bankAccount,
            contacts.stream().map(ContactInput::toContact).toList());
    if (contacts.isEmpty()) {
      contacts.add(new ContactInput());
    }
    return profile;
  }

  /**
   * Runs a service call; a refused profile puts each message next to its field in {@code formId},
   * any other refusal goes to the top of the page. Returns null when refused.
   */
  static <T> T attempt(String formId, Supplier<T> action) {
    return FacesActions.attempt(
        null,
        () -> {
          try {
            return action.get();
          } catch (InvalidInputException e) {
            e.violations()
                .forEach(
                    p ->
                        Messages.error(
                            p.field() == null ? null : formId + ":" + p.field(),
                            p.messageKey(),
                            p.arguments().toArray()));
            return null;
          }
        });
  }

  public void addContact() {
    contacts.add(new ContactInput());
  }

  public void removeContact(ContactInput contact) {
    contacts.remove(contact);
    if (contacts.isEmpty()) {
      contacts.add(new ContactInput());
    }
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public int getNameMaxlength() {
    return CompanyProfile.NAME_MAXLENGTH;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LegalForm getLegalForm() {
    return legalForm;
  }

  public void setLegalForm(LegalForm legalForm) {
    this.legalForm = legalForm;
  }

  public String getNaceCode() {
    return naceCode;
  }

  public void setNaceCode(String naceCode) {
    this.naceCode = naceCode;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public String getMunicipalityNumber() {
    return municipalityNumber;
  }

  public void setMunicipalityNumber(String municipalityNumber) {
    this.municipalityNumber = municipalityNumber;
  }

  public String getMunicipalityName() {
    return municipalityName;
  }

  public void setMunicipalityName(String municipalityName) {
    this.municipalityName = municipalityName;
  }

  public String getBankAccount() {
    return bankAccount;
  }

  public void setBankAccount(String bankAccount) {
    this.bankAccount = bankAccount;
  }

  public List<ContactInput> getContacts() {
    return contacts;
  }
}
