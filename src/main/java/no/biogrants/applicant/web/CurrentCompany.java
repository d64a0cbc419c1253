package no.biogrants.applicant.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.identity.ActiveUser;
import no.biogrants.shared.AccessDeniedException;

/**
 * The company an applicant works for right now (rule C12): chosen on the start page, kept for the
 * session, the first of their companies (by name) until they choose. Only the id is kept; the
 * company is read again each time, so a representative who was removed meanwhile falls back to
 * another of their companies. Session scope is the one exception to the house style's
 * "SessionScoped only for the user": the choice is the user's, for as long as they are logged in.
 */
@Named
@SessionScoped
public class CurrentCompany implements Serializable {

  @Inject private Companies companies;
  @Inject private ActiveUser activeUser;

  private Long companyId;

  /** The companies the logged-in user represents, by name. */
  public List<Company> companies() {
    return companies.forUser(activeUser.actor().userId());
  }

  /** The chosen company, or the first; empty when the user represents none. */
  public Optional<Company> company() {
    List<Company> mine = companies();
    return mine.stream()
        .filter(c -> c.getId().equals(companyId))
        .findFirst()
        .or(() -> mine.stream().findFirst());
  }

  /** Switches to one of the user's own companies. */
  public void choose(Long id) {
    AccessDeniedException.unless(
        id != null && companies().stream().anyMatch(c -> c.getId().equals(id)));
    companyId = id;
  }
}
