package no.biogrants.applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.biogrants.shared.BankAccount;
import no.biogrants.shared.FieldViolation;

/**
 * A company's profile as the company gives it (rules COMP-C3–COMP-C8): everything but the
 * organisation number, which never changes. {@link #problems()} lists every broken rule per field;
 * the county a municipality number points to is checked against the county register by the service.
 */
public record CompanyProfile(
    String name,
    LegalForm legalForm,
    String naceCode,
    Integer employees,
    String municipalityNumber,
    String municipalityName,
    String bankAccount,
    List<ContactPerson> contacts) {

  public static final int NAME_MAXLENGTH = 200;
  public static final int MUNICIPALITY_NAME_MAXLENGTH = 80;
  public static final int MAX_EMPLOYEES = 100_000;
  public static final int MAX_CONTACTS = 10;

  /** SN2007 (NACE): a division of two digits, then optionally a group, class or subclass. */
  private static final Pattern NACE = Pattern.compile("(0[1-9]|[1-9]\\d)(\\.\\d{1,3})?");

  private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");

  public CompanyProfile {
    name = strip(name);
    naceCode = strip(naceCode);
    municipalityNumber = strip(municipalityNumber);
    municipalityName = strip(municipalityName);
    bankAccount =
        bankAccount == null || bankAccount.isBlank()
            ? null
            : bankAccount.replaceAll("[\\s.\\u00a0]", "");
    contacts = contacts == null ? List.of() : contacts.stream().filter(c -> !c.isBlank()).toList();
  }

  /** "25", "25.1", "25.11" or "25.110" (rule COMP-C5). */
  public static boolean isValidNaceCode(String code) {
    return code != null && NACE.matcher(code.strip()).matches();
  }

  /** Four digits (rule COMP-C3); whether its county exists is the county register's answer. */
  public static boolean isValidMunicipalityNumber(String number) {
    return number != null && MUNICIPALITY_NUMBER.matcher(number.strip()).matches();
  }

  /** The county of a municipality: the first two digits of its number (3401 Kongsvinger → 34). */
  public static String countyOf(String municipalityNumber) {
    return municipalityNumber.strip().substring(0, 2);
  }

  /** Every broken rule, per field; empty when the profile may be saved. */
  public List<FieldViolation> problems() {
    List<FieldViolation> problems = new ArrayList<>();
    if (name == null) {
      problems.add(FieldViolation.of("name", "company.name.required"));
    } else if (name.length() > NAME_MAXLENGTH) {
      problems.add(FieldViolation.of("name", "company.name.tooLong", NAME_MAXLENGTH));
    }
    if (legalForm == null) {
      problems.add(FieldViolation.of("legalForm", "company.legalForm.required"));
    }
    if (naceCode == null) {
      problems.add(FieldViolation.of("naceCode", "company.nace.required"));
    } else if (!isValidNaceCode(naceCode)) {
      problems.add(FieldViolation.of("naceCode", "company.nace.invalid"));
    }
    if (employees == null) {
      problems.add(FieldViolation.of("employees", "company.employees.required"));
    } else if (employees < 0 || employees > MAX_EMPLOYEES) {
      problems.add(FieldViolation.of("employees", "company.employees.range", MAX_EMPLOYEES));
    }
    if (municipalityNumber == null) {
      problems.add(FieldViolation.of("municipalityNumber", "company.municipality.numberRequired"));
    } else if (!isValidMunicipalityNumber(municipalityNumber)) {
      problems.add(FieldViolation.of("municipalityNumber", "company.municipality.numberInvalid"));
    }
    if (municipalityName == null) {
      problems.add(FieldViolation.of("municipalityName", "company.municipality.nameRequired"));
    } else if (municipalityName.length() > MUNICIPALITY_NAME_MAXLENGTH) {
      problems.add(
          FieldViolation.of(
              "municipalityName", "company.municipality.nameTooLong", MUNICIPALITY_NAME_MAXLENGTH));
    }
    if (bankAccount != null && !BankAccount.isValid(bankAccount)) {
      problems.add(FieldViolation.of("bankAccount", "validation.bankAccount.invalid", bankAccount));
    }
    problems.addAll(contactProblems());
    return problems;
  }

  private List<FieldViolation> contactProblems() {
    List<FieldViolation> problems = new ArrayList<>();
    if (contacts.isEmpty()) {
      problems.add(FieldViolation.of("contactList", "company.contacts.required"));
    } else if (contacts.size() > MAX_CONTACTS) {
      problems.add(FieldViolation.of("contactList", "company.contacts.tooMany", MAX_CONTACTS));
    }
    for (int i = 0; i < contacts.size(); i++) {
      problems.addAll(contacts.get(i).problems("contacts:" + i + ":"));
    }
    return problems;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
