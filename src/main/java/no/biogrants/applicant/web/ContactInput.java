package no.biogrants.applicant.web;

import java.io.Serializable;
import no.biogrants.applicant.ContactPerson;

/** One contact person's row in the profile form, as typed. */
public class ContactInput implements Serializable {

  private String name;
  private String email;
  private String phone;

  public ContactInput() {}

  ContactInput(ContactPerson contact) {
    name = contact.getName();
    email = contact.getEmail();
    phone = contact.getPhone();
  }

  ContactPerson toContact() {
    return new ContactPerson(name, email, phone);
  }

  boolean isBlank() {
    return (name == null || name.isBlank())
        && (email == null || email.isBlank())
        && (phone == null || phone.isBlank());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
