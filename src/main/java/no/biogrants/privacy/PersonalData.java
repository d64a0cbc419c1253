package no.biogrants.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.biogrants.audit.AuditLog;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.privacy.PersonalDataFinding.Place;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.InvalidInputException;

/**
 * Finds, exports and erases one person's data on their request (rules PRIV-G4–PRIV-G6). Runs as
 * plain SQL over the few columns that name people, so it reaches every record, and evicts the
 * cached entities after an erasure.
 */
@Stateless
@RolesAllowed({Role.ADMIN_ROLE, Role.SYSTEM_ROLE})
public class PersonalData {

  static final String ERASED_CONTACT_NAME = "Slettet kontaktperson";
  static final String ERASED_CONTACT_EMAIL = "slettet@slettet.invalid";
  static final String ERASED_NAME = "[slettet]";
  static final String ERASED_USER = "Slettet bruker";
  static final int QUERY_MAXLENGTH = 254;
  static final int REASON_MAXLENGTH = 500;

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Every place the person (an e-mail or a full name) is named, that the administrator may see
   * (PRIV-G4).
   */
  public List<PersonalDataFinding> find(Actor actor, String who) {
    AccessDeniedException.unless(actor.has(Role.ADMIN));
    String key = normalised(who);
    List<PersonalDataFinding> found = new ArrayList<>();
    String county = actor.countyCode();
    contacts(key, county, found);
    committeeMembers(key, county, found);
    auditors(key, county, found);
    applicantUsers(key, county, found);
    return found;
  }

  /** Company contact persons: name, e-mail, phone. */
  private void contacts(String key, String county, List<PersonalDataFinding> found) {
    for (Object[] row :
        rows(
            "SELECT c.id, c.name, c.org_number, k.position, k.name, k.email, k.phone FROM company_contact k JOIN company c ON c.id = k.company_id"
                + " WHERE (LOWER(k.email) = ?1 OR LOWER(TRIM(k.name)) = ?1)"
                + (county == null ? "" : " AND c.county_code = ?2")
                + " ORDER BY c.id, k.position",
            key,
            county)) {
      String record =
          row[1] + " (" + row[2] + "), kontaktperson " + (((Number) row[3]).intValue() + 1);
      long id = ((Number) row[0]).longValue();
      found.add(
          new PersonalDataFinding(Place.COMPANY_CONTACT, id, record, "navn", (String) row[4]));
      found.add(
          new PersonalDataFinding(Place.COMPANY_CONTACT, id, record, "e-post", (String) row[5]));
      if (row[6] != null) {
        found.add(
            new PersonalDataFinding(Place.COMPANY_CONTACT, id, record, "telefon", (String) row[6]));
      }
    }
  }

  /** Training-committee members named on applications. */
  private void committeeMembers(String key, String county, List<PersonalDataFinding> found) {
    for (String column : List.of("committee_management", "committee_employees")) {
      for (Object[] row :
          rows(
              "SELECT a.id, a.reference, a.title, a."
                  + column
                  + " FROM grant_application a WHERE LOWER(TRIM(a."
                  + column
                  + ")) = ?1"
                  + (county == null ? "" : " AND a.county_code = ?2")
                  + " ORDER BY a.id",
              key,
              county)) {
        String record = "Søknad " + (row[1] == null ? "(utkast)" : row[1]) + " «" + row[2] + "»";
        found.add(
            new PersonalDataFinding(
                Place.TRAINING_COMMITTEE,
                ((Number) row[0]).longValue(),
                record,
                column.equals("committee_management")
                    ? "ledelsens representant"
                    : "de ansattes representant",
                (String) row[3]));
      }
    }
  }

  /** Auditors named in final reports. */
  private void auditors(String key, String county, List<PersonalDataFinding> found) {
    for (Object[] row :
        rows(
            "SELECT p.id, a.reference, p.auditor_name FROM payment_request p JOIN grant_application a ON a.id = p.application_id"
                + " WHERE LOWER(TRIM(p.auditor_name)) = ?1"
                + (county == null ? "" : " AND a.county_code = ?2")
                + " ORDER BY p.id",
            key,
            county)) {
      found.add(
          new PersonalDataFinding(
              Place.AUDITOR,
              ((Number) row[0]).longValue(),
              "Sluttrapport for " + row[1],
              "revisor",
              (String) row[2]));
    }
  }

  /** Applicant users (staff are not personal data to hand over here). */
  private void applicantUsers(String key, String county, List<PersonalDataFinding> found) {
    for (Object[] row :
        rows(
            "SELECT u.id, u.username, u.display_name FROM app_user u WHERE (LOWER(TRIM(u.display_name)) = ?1 OR LOWER(u.username) = ?1)"
                + " AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role <> 'APPLICANT')"
                + (county == null
                    ? ""
                    : " AND EXISTS (SELECT 1 FROM company_user cu JOIN company c ON c.id = cu.company_id WHERE cu.user_id = u.id AND c.county_code = ?2)")
                + " ORDER BY u.id",
            key,
            county)) {
      found.add(
          new PersonalDataFinding(
              Place.USER,
              ((Number) row[0]).longValue(),
              "Bruker " + row[1],
              "navn",
              (String) row[2]));
    }
  }

  /**
   * The person's data as a JSON document to hand over (PRIV-G5); the export itself is audited
   * without the data.
   */
  public byte[] export(Actor actor, String who) {
    List<PersonalDataFinding> found = find(actor, who);
    JsonArrayBuilder places = Json.createArrayBuilder();
    for (PersonalDataFinding f : found) {
      places.add(
          Json.createObjectBuilder()
              .add("sted", f.place().name())
              .add("post", f.record())
              .add("felt", f.field())
              .add("verdi", f.value() == null ? "" : f.value()));
    }
    String json =
        Json.createObjectBuilder()
            .add("gjelder", who.strip())
            .add("hentet", clock.instant().toString())
            .add("behandlingsansvarlig", "Fylkeskommunen (tilskudd til bedriftsintern opplæring)")
            .add("opplysninger", places)
            .build()
            .toString();
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Overwrites every place the person is named (PRIV-G6), in one transaction, and returns how many
   * of each kind were erased. Money, decisions and history are left as they are.
   */
  public Map<Place, Integer> erase(Actor actor, String who, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("privacy.reasonRequired");
    }
    if (reason.length() > REASON_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", REASON_MAXLENGTH);
    }
    List<PersonalDataFinding> found = find(actor, who);
    if (found.isEmpty()) {
      throw new InvalidInputException("privacy.nothingFound");
    }
    String key = normalised(who);
    Map<Place, Integer> erased = new EnumMap<>(Place.class);
    String note = "på anmodning: " + reason.strip();
    for (PersonalDataFinding f :
        found.stream()
            .filter(f -> f.field().equals("navn") || f.place() != Place.COMPANY_CONTACT)
            .toList()) {
      overwrite(f, key);
      erased.merge(f.place(), 1, Integer::sum);
      audit.record(
          actor.username(),
          "PERSONAL_DATA_ERASED",
          auditType(f.place()),
          f.recordId(),
          f.place() + " " + f.field() + ", " + note);
    }
    em.flush();
    em.getEntityManagerFactory().getCache().evictAll();
    return erased;
  }

  /** Overwrites the person's data in the place found (PRIV-G6). */
  private void overwrite(PersonalDataFinding f, String key) {
    switch (f.place()) {
      case COMPANY_CONTACT ->
          update(
              "UPDATE company_contact SET name = ?1, email = ?2, phone = NULL WHERE company_id = ?3 AND (LOWER(email) = ?4 OR LOWER(TRIM(name)) = ?4)",
              ERASED_CONTACT_NAME,
              ERASED_CONTACT_EMAIL,
              f.recordId(),
              key);
      case TRAINING_COMMITTEE -> {
        update(
            "UPDATE grant_application SET committee_management = ?1 WHERE id = ?2 AND LOWER(TRIM(committee_management)) = ?3",
            ERASED_NAME,
            f.recordId(),
            key);
        update(
            "UPDATE grant_application SET committee_employees = ?1 WHERE id = ?2 AND LOWER(TRIM(committee_employees)) = ?3",
            ERASED_NAME,
            f.recordId(),
            key);
      }
      case AUDITOR ->
          update(
              "UPDATE payment_request SET auditor_name = ?1 WHERE id = ?2",
              ERASED_NAME,
              f.recordId());
      case USER ->
          update(
              "UPDATE app_user SET display_name = ?1, active = FALSE WHERE id = ?2",
              ERASED_USER,
              f.recordId());
    }
  }

  private static String auditType(Place place) {
    return switch (place) {
      case COMPANY_CONTACT -> "Company";
      case TRAINING_COMMITTEE -> "GrantApplication";
      case AUDITOR -> "PaymentRequest";
      case USER -> "AppUser";
    };
  }

  /** The e-mail or name searched for, lower case and trimmed; refused when empty or absurd. */
  static String normalised(String who) {
    if (who == null || who.isBlank()) {
      throw new InvalidInputException("privacy.queryRequired");
    }
    String key = who.strip().toLowerCase(Locale.ROOT);
    if (key.length() > QUERY_MAXLENGTH) {
      throw new InvalidInputException("validation.tooLong", QUERY_MAXLENGTH);
    }
    if (key.length() < 3) {
      throw new InvalidInputException("privacy.queryTooShort");
    }
    return key;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String key, String county) {
    var query = em.createNativeQuery(sql).setParameter(1, key);
    if (county != null) {
      query.setParameter(2, county);
    }
    return (List<Object[]>) query.getResultList();
  }

  private void update(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }
}
