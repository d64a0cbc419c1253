package no.biogrants.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import no.biogrants.shared.FieldViolation;

/**
 * A person the county may contact about the company's applications (rule COMP-C7): a name, an
 * e-mail address and, if they like, a phone number. Stored in {@code company_contact}, in the order
 * the company gave them.
 */
@Embeddable
public class ContactPerson implements Serializable {

  public static final int NAME_MAXLENGTH = 120;
  public static final int EMAIL_MAXLENGTH = 254;
  public static final int PHONE_MAXLENGTH = 20;

  /**
   * A sane address, not RFC 5322: a local part of 1-64 characters without spaces or @, and a domain
   * of non-empty labels with a top-level label of at least two letters (æøå allowed).
   */
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@]{1,64}@(?:[^\\s@.]+\\.)+[^\\s@.\\d]{2,}");

  /** Digits, optionally with a leading +, 5-15 of them once spaces and hyphens are left out. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{5,15}");

  @Column(name = "name", nullable = false, length = NAME_MAXLENGTH)
  private String name;

  @Column(name = "email", nullable = false, length = EMAIL_MAXLENGTH)
  private String email;

  @Column(name = "phone", length = PHONE_MAXLENGTH)
  private String phone;

  protected ContactPerson() {}

  /** A contact as typed; surrounding spaces are dropped and a blank phone is no phone. */
  public ContactPerson(String name, String email, String phone) {
    this.name = strip(name);
    this.email = strip(email);
    this.phone = strip(phone);
  }

  public static boolean isValidEmail(String email) {
    return email != null
        && email.length() <= EMAIL_MAXLENGTH
        && EMAIL.matcher(email.strip()).matches();
  }

  public static boolean isValidPhone(String phone) {
    return phone != null
        && phone.strip().length() <= PHONE_MAXLENGTH
        && PHONE.matcher(phone.replaceAll("[\\s-]", "")).matches();
  }

  /** What is wrong with this contact, for the fields {@code <prefix>contactName} etc. */
  List<FieldViolation> problems(String prefix) {
    List<FieldViolation> problems = new ArrayList<>();
    if (name == null) {
      problems.add(FieldViolation.of(prefix + "contactName", "company.contact.nameRequired"));
    } else if (name.length() > NAME_MAXLENGTH) {
      problems.add(
          FieldViolation.of(prefix + "contactName", "company.contact.nameTooLong", NAME_MAXLENGTH));
    }
    if (email == null) {
      problems.add(FieldViolation.of(prefix + "contactEmail", "company.contact.emailRequired"));
    } else if (!isValidEmail(email)) {
      problems.add(FieldViolation.of(prefix + "contactEmail", "company.contact.emailInvalid"));
    }
    if (phone != null && !isValidPhone(phone)) {
      problems.add(FieldViolation.of(prefix + "contactPhone", "company.contact.phoneInvalid"));
    }
    return problems;
  }

  boolean isBlank() {
    return name == null && email == null && phone == null;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactPerson c
        && Objects.equals(name, c.name)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }

  @Override
  public String toString() {
    return name + " <" + email + ">" + (phone == null ? "" : " " + phone);
  }
}
