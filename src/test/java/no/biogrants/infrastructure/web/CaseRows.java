package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What {@link CaseworkFormFuzzIT} reads of a case straight from the test database: everything a
 * form of the casework pages can change, and the case's latest decision.
 */
final class CaseRows {

  /** Everything stored about a case that a form on these pages can change. */
  private static final String CASE_AS_STORED =
      "SELECT CONCAT_WS('|', a.status, a.version, IFNULL(a.assignee, '-'), IFNULL(a.score, '-'),"
          + " (SELECT COUNT(*) FROM status_change WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM score_sheet WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM recommendation WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM decision WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM impartiality_declaration WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM gate_override WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM info_request WHERE application_id = a.id),"
          + " (SELECT IFNULL(GROUP_CONCAT(CONCAT(status, '/', version) ORDER BY id), '-') FROM payment_request WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM reclaim WHERE application_id = a.id),"
          + " (SELECT IFNULL(GROUP_CONCAT(version ORDER BY id), '-') FROM appeal WHERE application_id = a.id),"
          + " (SELECT COUNT(*) FROM ledger_entry WHERE application_id = a.id),"
          + " (SELECT IFNULL(bank_account, '-') FROM company WHERE id = a.company_id),"
          + " (SELECT COUNT(*) FROM audit_event WHERE entity_type = 'GrantApplication' AND entity_id = a.id))"
          + " FROM grant_application a WHERE a.id = ?";

  private final Connection db;

  CaseRows(Connection db) {
    this.db = db;
  }

  /** Everything stored about the case that a form can change, as one line. */
  String asStored(long id) {
    try (PreparedStatement query = db.prepareStatement(CASE_AS_STORED)) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("case %s in the database", id).isTrue();
        return row.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of the case's latest decision. */
  long latestDecision(long application) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT MAX(id) FROM decision WHERE application_id = ?")) {
      query.setLong(1, application);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
