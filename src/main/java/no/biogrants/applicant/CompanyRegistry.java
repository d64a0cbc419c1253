package no.biogrants.applicant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import no.biogrants.audit.AuditLog;
import no.biogrants.county.Municipalities;
import no.biogrants.county.Municipality;
import no.biogrants.county.MunicipalityInYear;
import no.biogrants.identity.Actor;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.OrganisationNumber;

/**
 * The applicant's company register: register a company by its organisation number, keep its
 * profile, and decide who represents it. Only a representative sees or changes a company (any other
 * company is answered as if it did not exist); every change is audited with what it was before and
 * after; a page that shows an older version than the stored one saves nothing.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.SYSTEM_ROLE})
public class CompanyRegistry {

  private static final String AUDIT_TYPE = "Company";

  @PersistenceContext private EntityManager em;
  @Inject private Companies companies;
  @Inject private Municipalities municipalities;
  @Inject private Clock clock;
  @Inject private Users users;
  @Inject private AuditLog audit;

  /** The companies the actor represents, by name. */
  public List<Company> mine(Actor actor) {
    AccessDeniedException.unless(actor.has(Role.APPLICANT));
    return companies.forUser(actor.userId());
  }

  /**
   * Registers a company (rules COMP-C1–COMP-C9): the org number must pass MOD11 and be new; the
   * registering user becomes its first representative.
   */
  public Company register(Actor actor, String orgNumberText, CompanyProfile profile) {
    return registerInYear(actor, orgNumberText, profile, Year.now(clock).getValue());
  }

  /**
   * Registers a company as {@link #register} does, with the municipality numbers of {@code year}
   * (CTY-R1): for history only (the demo's companies of 2020, some in counties closed since).
   */
  public Company registerInYear(
      Actor actor, String orgNumberText, CompanyProfile profile, int year) {
    AccessDeniedException.unless(actor.has(Role.APPLICANT));
    List<FieldViolation> problems = new ArrayList<>();
    OrganisationNumber orgNumber = orgNumber(orgNumberText, problems);
    problems.addAll(profile.problems());
    problems.addAll(municipalityProblems(profile, year));
    InvalidInputException.throwIfAny(problems);
    Company company = new Company(orgNumber, profile);
    company.addUser(actor.userId());
    em.persist(company);
    em.flush();
    audit.record(
        actor.username(),
        "COMPANY_REGISTERED",
        AUDIT_TYPE,
        company.getId(),
        "after: " + company.snapshot());
    return company;
  }

  /** One of the actor's companies, for its profile page. */
  public Company profile(Actor actor, Long companyId) {
    return own(actor, companyId);
  }

  /**
   * Saves the profile (rules COMP-C3–COMP-C8, COMP-C11) if nobody has changed the company since
   * {@code expectedVersion}.
   */
  public Company update(Actor actor, Long companyId, long expectedVersion, CompanyProfile profile) {
    Company company = own(actor, companyId);
    checkVersion(company, expectedVersion);
    List<FieldViolation> problems = new ArrayList<>(profile.problems());
    if (!Objects.equals(company.getMunicipalityNumber(), profile.municipalityNumber())) {
      problems.addAll(municipalityProblems(profile, Year.now(clock).getValue()));
    }
    InvalidInputException.throwIfAny(problems);
    Map<String, String> before = company.snapshot();
    company.changeProfile(profile);
    String changes = changes(before, company.snapshot());
    if (!changes.isEmpty()) {
      em.lock(company, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      audit.record(actor.username(), "COMPANY_UPDATED", AUDIT_TYPE, companyId, changes);
    }
    return company;
  }

  /** The company's representatives, by username. */
  public List<Representative> representatives(Actor actor, Long companyId) {
    Company company = own(actor, companyId);
    return users.byIds(company.getUserIds()).stream()
        .map(u -> new Representative(u.getId(), u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /** Adds another applicant user, by username, as representative (rule COMP-C9). */
  public Company addRepresentative(
      Actor actor, Long companyId, long expectedVersion, String username) {
    Company company = own(actor, companyId);
    checkVersion(company, expectedVersion);
    String wanted = username == null ? "" : username.strip();
    AppUser user =
        users
            .byUsername(wanted)
            .filter(u -> u.isActive() && u.getRoles().contains(Role.APPLICANT))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            FieldViolation.of(
                                "username", "company.representative.unknown", wanted))));
    if (company.isRepresentedBy(user.getId())) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("username", "company.representative.already", wanted)));
    }
    company.addUser(user.getId());
    em.lock(company, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(
        actor.username(),
        "REPRESENTATIVE_ADDED",
        AUDIT_TYPE,
        companyId,
        "added: " + user.getUsername());
    return company;
  }

  /**
   * Removes a representative, never the last (rule COMP-C9). A representative may remove
   * themselves.
   */
  public Company removeRepresentative(
      Actor actor, Long companyId, long expectedVersion, Long userId) {
    Company company = own(actor, companyId);
    checkVersion(company, expectedVersion);
    AccessDeniedException.unless(company.isRepresentedBy(userId));
    company.removeUser(userId);
    em.lock(company, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    String username =
        users.byIds(List.of(userId)).stream()
            .map(AppUser::getUsername)
            .findFirst()
            .orElse("#" + userId);
    audit.record(
        actor.username(), "REPRESENTATIVE_REMOVED", AUDIT_TYPE, companyId, "removed: " + username);
    return company;
  }

  private Company own(Actor actor, Long companyId) {
    Company company = companyId == null ? null : em.find(Company.class, companyId);
    AccessDeniedException.unless(
        company != null && actor.has(Role.APPLICANT) && company.isRepresentedBy(actor.userId()));
    return company;
  }

  private static void checkVersion(Company company, long expectedVersion) {
    if (company.getVersion() != expectedVersion) {
      throw new BusinessException("company.conflict");
    }
  }

  private OrganisationNumber orgNumber(String text, List<FieldViolation> problems) {
    String digits = text == null ? "" : text.replaceAll("[\\s\\u00a0]", "");
    if (digits.isEmpty()) {
      problems.add(FieldViolation.of("orgNumber", "company.orgNumber.required"));
      return null;
    }
    if (!OrganisationNumber.isValid(digits)) {
      problems.add(FieldViolation.of("orgNumber", "validation.orgnr.invalid", text.strip()));
      return null;
    }
    OrganisationNumber number = new OrganisationNumber(digits);
    if (companies.byOrgNumber(number).isPresent()) {
      problems.add(FieldViolation.of("orgNumber", "company.orgNumber.taken", number.formatted()));
    }
    return number;
  }

  /**
   * A well-formed municipality number must be in force in the year in the municipality register,
   * which decides the company's county (rules COMP-C3, CTY-R1); an ended one is told its successor
   * (CTY-R2).
   */
  private List<FieldViolation> municipalityProblems(CompanyProfile profile, int year) {
    String number = profile.municipalityNumber();
    if (!CompanyProfile.isValidMunicipalityNumber(number)) {
      return List.of();
    }
    MunicipalityInYear found = municipalities.inYear(number.strip(), year);
    if (found.inForce().isPresent()) {
      return List.of();
    }
    if (found.ended().isPresent()) {
      Municipality ended = found.ended().get();
      return List.of(
          FieldViolation.of(
              "municipalityNumber",
              "company.municipality.ended",
              ended.getNumber(),
              ended.getName(),
              String.valueOf(ended.getValidTo()),
              found.successorsText()));
    }
    return List.of(
        FieldViolation.of("municipalityNumber", "company.municipality.unknown", number.strip()));
  }

  /** "field: before → after" for each changed field. */
  static String changes(Map<String, String> before, Map<String, String> after) {
    StringJoiner changes = new StringJoiner("; ");
    after.forEach(
        (field, value) -> {
          String old = before.get(field);
          if (!Objects.equals(old, value)) {
            changes.add(field + ": " + old + " → " + value);
          }
        });
    return changes.toString();
  }
}
