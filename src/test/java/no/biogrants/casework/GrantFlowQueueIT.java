package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case queue on Payara Micro against MariaDB: a case is assigned only to a caseworker of the
 * county and found under theirs; the queue filters on round, score, amount, industry and date, and
 * filters are saved per user.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowQueueIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private AuditLog audit;
  @Inject private Assignments assignments;
  @Inject private CaseQueue queue;
  @Inject private SavedFilters savedFilters;

  @Test
  void caseQ1_caseQ3_aCaseIsGivenOnlyToACaseworkerOfTheCountyAndTheQueueFindsItUnderMine() {
    Long roundId = fixtures.demoRound();
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    Actor colleague = fixtures.newUser("kollega", EnumSet.of(Role.CASEWORKER));

    assignments.assign(caseworker, id, colleague.username());

    QueueQuery mine =
        new QueueQuery(
            new QueueFilter(
                null, null, null, colleague.username(), null, null, null, null, null, null),
            "submittedAt",
            false,
            0,
            50);
    assertThat(queue.page(colleague, mine)).extracting(QueueRow::id).containsExactly(id);
    assertThat(queue.count(colleague, mine)).isEqualTo(1);
    assertThat(queue.countsByStatus(caseworker)).containsKey(ApplicationStatus.SUBMITTED);
    assertThatThrownBy(() -> assignments.assign(caseworker, id, "saksbehandler.46"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("assignment.notACaseworkerOfTheCounty");
    assertThatThrownBy(() -> assignments.assign(caseworker, id, "leder"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("assignment.notACaseworkerOfTheCounty");
    assertThatThrownBy(
            () -> assignments.assign(fixtures.actor("saksbehandler.46"), id, "saksbehandler.46"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("ASSIGNED");
  }

  @Test
  void caseQ1_theQueueFiltersOnRoundScoreAmountIndustryAndDateAndFiltersAreSavedPerUser() {
    Actor caseworker = fixtures.actor("saksbehandler");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(5_000_000));
    Long roundId = fixtures.roundOn(lineId, COUNTY, 2020);
    Long high =
        fixtures.scoredApplication(roundId, Money.ofKroner(210_000), "soker", caseworker, 5);
    Long low = fixtures.scoredApplication(roundId, Money.ofKroner(60_000), "soker", caseworker, 2);
    String nace = applications.own(fixtures.actor("soker"), high).getNaceCode();
    LocalDate today = LocalDate.now(ClockProducer.OSLO);

    assertThat(ids(caseworker, filter(roundId, null, null, null, null, null)))
        .containsExactlyInAnyOrder(high, low);
    assertThat(ids(caseworker, filter(roundId, new BigDecimal("90"), null, null, null, null)))
        .containsExactly(high);
    assertThat(ids(caseworker, filter(roundId, null, Money.ofKroner(300_000), null, null, null)))
        .containsExactly(high);
    assertThat(ids(caseworker, filter(roundId, null, null, Money.ofKroner(200_000), null, null)))
        .containsExactly(low);
    assertThat(ids(caseworker, filter(roundId, null, null, null, nace.substring(0, 2), today)))
        .containsExactlyInAnyOrder(high, low);
    assertThat(ids(caseworker, filter(roundId, null, null, null, "00", null))).isEmpty();
    assertThat(
            ids(
                caseworker,
                new QueueFilter(
                    null, null, roundId, null, null, null, null, null, today.plusDays(1), null)))
        .isEmpty();
    assertThatThrownBy(
            () ->
                new QueueFilter(
                    null,
                    null,
                    null,
                    null,
                    null,
                    Money.ofKroner(2),
                    Money.ofKroner(1),
                    null,
                    null,
                    null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("queue.amountRange");

    QueueFilter strong = filter(roundId, new BigDecimal("90"), null, null, null, null);
    savedFilters.save(caseworker, "Sterke søknader", strong);
    savedFilters.save(caseworker, "Sterke søknader", strong);
    assertThat(savedFilters.mine(caseworker))
        .singleElement()
        .satisfies(f -> assertThat(f.filter()).isEqualTo(strong));
    assertThat(savedFilters.mine(fixtures.actor("leder"))).isEmpty();
    Long savedId = savedFilters.mine(caseworker).get(0).getId();
    assertThatThrownBy(() -> savedFilters.delete(fixtures.actor("leder"), savedId))
        .isInstanceOf(AccessDeniedException.class);
    savedFilters.delete(caseworker, savedId);
    assertThat(savedFilters.mine(caseworker)).isEmpty();
  }

  private static QueueFilter filter(
      Long roundId,
      BigDecimal minScore,
      Money minAmount,
      Money maxAmount,
      String industry,
      LocalDate day) {
    return new QueueFilter(
        null, null, roundId, null, minScore, minAmount, maxAmount, industry, day, day);
  }

  private List<Long> ids(Actor actor, QueueFilter filter) {
    return queue.page(actor, new QueueQuery(filter, "score", false, 0, 50)).stream()
        .map(QueueRow::id)
        .toList();
  }
}
