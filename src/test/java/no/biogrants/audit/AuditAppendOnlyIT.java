package no.biogrants.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.biogrants.casework.Acceptances;
import no.biogrants.casework.Decisions;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.identity.Actor;
import no.biogrants.infrastructure.DataSourceConfiguration;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.payment.ActualCosts;
import no.biogrants.payment.FinalReport;
import no.biogrants.payment.PaymentKind;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.Payments;
import no.biogrants.payment.Reclaims;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail, the status history and the ledger are append-only in MariaDB itself (sql/mariadb
 * V025's triggers): an UPDATE or DELETE sent over plain JDBC, past the application, is refused and
 * changes nothing. And a whole case, from draft to closed, has an audit line for every status
 * change and every ledger entry it made.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAppendOnlyIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private CaseFixtures fixtures;
  @Inject private Decisions decisions;
  @Inject private Acceptances acceptances;
  @Inject private Payments payments;
  @Inject private Reclaims reclaims;
  @Inject private Applications applications;

  @Test
  void audA2_updatesAndDeletesOfAuditHistoryAndLedgerRowsAreRefusedByTheDatabase()
      throws SQLException {
    Long id = closedCase();
    long auditId =
        single(
            "SELECT MAX(id) FROM audit_event WHERE entity_type = 'GrantApplication' AND entity_id = ?",
            id);
    long changeId = single("SELECT MAX(id) FROM status_change WHERE application_id = ?", id);
    long entryId = single("SELECT MAX(id) FROM ledger_entry WHERE application_id = ?", id);

    assertRefused(
        "UPDATE audit_event SET details = 'changed', actor = 'someone' WHERE id = ?", auditId);
    assertRefused("DELETE FROM audit_event WHERE id = ?", auditId);
    assertRefused("UPDATE status_change SET reason = 'changed' WHERE id = ?", changeId);
    assertRefused("DELETE FROM status_change WHERE id = ?", changeId);
    assertRefused("UPDATE ledger_entry SET amount = 0 WHERE id = ?", entryId);
    assertRefused("DELETE FROM ledger_entry WHERE id = ?", entryId);

    assertThat(
            single(
                "SELECT COUNT(*) FROM audit_event WHERE id = ? AND details <> 'changed' AND actor <> 'someone'",
                auditId))
        .isEqualTo(1);
    assertThat(
            single(
                "SELECT COUNT(*) FROM status_change WHERE id = ? AND (reason IS NULL OR reason <> 'changed')",
                changeId))
        .isEqualTo(1);
    assertThat(single("SELECT COUNT(*) FROM ledger_entry WHERE id = ? AND amount <> 0", entryId))
        .isEqualTo(1);
  }

  @Test
  void audA1_budB2_everyStatusChangeAndLedgerEntryOfAClosedCaseHasItsAuditLine()
      throws SQLException {
    Long id = closedCase();

    List<String> changes =
        rows("SELECT to_status FROM status_change WHERE application_id = ? ORDER BY seq", id);
    assertThat(changes)
        .containsExactly(
            "DRAFT",
            "SUBMITTED",
            "IN_REVIEW",
            "RECOMMENDED",
            "PARTIALLY_GRANTED",
            "ACCEPTED",
            "IN_PROGRESS",
            "FINAL_REPORTED",
            "CLOSED");
    List<String> statusAudits =
        rows(
            "SELECT action FROM audit_event WHERE entity_type = 'GrantApplication' AND entity_id = ? AND action LIKE 'STATUS\\_%' ORDER BY id",
            id);
    for (String status : changes.stream().distinct().toList()) {
      long changed = changes.stream().filter(status::equals).count();
      long audited = statusAudits.stream().filter(("STATUS_" + status)::equals).count();
      assertThat(audited)
          .as("audit lines for the status change to " + status)
          .isGreaterThanOrEqualTo(changed);
    }

    List<String> entries =
        rows(
            "SELECT CONCAT(entry_type, ' ', id, ' ', budget_line_id) FROM ledger_entry WHERE application_id = ? ORDER BY id",
            id);
    assertThat(entries)
        .extracting(e -> e.split(" ")[0])
        .containsExactly("COMMITMENT", "DISBURSEMENT", "DISBURSEMENT", "RELEASE");
    for (String entry : entries) {
      String[] parts = entry.split(" ");
      long audited =
          single(
              "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'BudgetLine' AND entity_id = ? AND action = ? AND details LIKE ?",
              Long.valueOf(parts[2]),
              "LEDGER_" + parts[0],
              "entry " + parts[1] + ":%");
      assertThat(audited).as("audit line for ledger entry " + entry).isEqualTo(1);
    }
  }

  /**
   * A case through its whole life: submitted, scored, recommended at 80 000 (of 160 000 applied,
   * costs 320 000), partially granted, accepted; a part payment on 160 000 documented (40 000), the
   * final payment on 280 000 documented (70 000 earned: 30 000 paid, 10 000 released); closed.
   */
  private Long closedCase() {
    Actor caseworker = fixtures.actor("saksbehandler");
    Actor approver = fixtures.actor("leder");
    Actor company = fixtures.actor("soker");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(500_000));
    Long id =
        fixtures
            .recommendedApplications(
                1,
                fixtures.roundOn(lineId, COUNTY, 2020),
                Money.ofKroner(80_000),
                "soker",
                caseworker)
            .get(0);
    decisions.grant(approver, id, "Innvilget.");
    acceptances.accept(company, id, "1234.56.78903");
    PaymentRequest part =
        payments.request(
            company,
            id,
            PaymentKind.PART,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(160_000)),
            null);
    payments.approve(approver, part.getId(), part.getVersion());
    PaymentRequest last =
        payments.request(
            company,
            id,
            PaymentKind.FINAL,
            ActualCosts.only(CostCategory.TRAINERS, Money.ofKroner(280_000)),
            new FinalReport(10, 400, "Gjennomført.", false, null));
    payments.approve(approver, last.getId(), last.getVersion());
    reclaims.close(caseworker, id, "Alt utbetalt.");
    assertThat(applications.own(company, id).getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    return id;
  }

  private void assertRefused(String sql, long id) {
    assertThatThrownBy(() -> execute(sql, id))
        .as(sql)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("45000"))
        .hasMessageContaining("append-only");
  }

  private void execute(String sql, long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      statement.executeUpdate();
    }
  }

  private long single(String sql, Object... parameters) throws SQLException {
    List<String> values = rows(sql, parameters);
    return Long.parseLong(values.get(0));
  }

  private List<String> rows(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
      return values;
    }
  }
}
