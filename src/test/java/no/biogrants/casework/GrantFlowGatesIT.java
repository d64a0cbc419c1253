package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.Gate;
import no.biogrants.assessment.GateResult;
import no.biogrants.assessment.Gates;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.it.BigCompanyCases;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What must hold before a case is recommended, on Payara Micro against MariaDB: only a person who
 * declared themselves impartial may act on it, and a conflict bars them for good; a failed gate
 * stops the recommendation until it is overridden with a reason; two scores that differ too much
 * need a moderated score.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowGatesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private BigCompanyCases bigCompanyCases;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private AuditLog audit;
  @Inject private Gates gates;
  @Inject private Impartiality impartiality;

  @Test
  void assI1_onlyAPersonWhoDeclaredThemselvesImpartialMayActAndAConflictBarsThemForGood() {
    Long roundId = fixtures.demoRound();
    Actor caseworker = fixtures.actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 4);
    Actor colleague = fixtures.newUser("saksbehandler-inhabil", EnumSet.of(Role.CASEWORKER));
    List<CriterionInput> scores = fixtures.scores(caseworker, id, 5);

    assertThatThrownBy(() -> assessments.score(colleague, id, scores))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("impartiality.required");
    assertThatThrownBy(() -> impartiality.declare(colleague, id, true, " "))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.impartiality.reasonRequired");
    impartiality.declare(colleague, id, true, "Styremedlem i søkerbedriften");
    assertThatThrownBy(() -> assessments.score(colleague, id, scores))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("impartiality.conflicted");
    assertThatThrownBy(() -> impartiality.declare(colleague, id, false, null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("impartiality.alreadyDeclared");
    assertThatThrownBy(() -> decisions.grant(fixtures.actor("leder"), id, "Innvilget."))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("impartiality.required");

    assertThat(impartiality.declarationsFor(id))
        .extracting(d -> d.getUsername() + ":" + d.isConflicted())
        .containsExactly("saksbehandler:false", colleague.username() + ":true");
  }

  @Test
  void assG1_aFailedGateStopsTheRecommendationUntilItIsOverriddenWithAReason() {
    Actor applicant = fixtures.actor("soker");
    Long id = bigCompanyCases.gateFailedFor(fixtures.demoRound(), applicant);
    Actor caseworker = fixtures.actor("saksbehandler");

    assertThat(gates.evaluate(caseworker, id))
        .filteredOn(g -> !g.passed())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.gate()).isEqualTo(Gate.COMPANY_SIZE);
              assertThat(g.inputs()).isEqualTo("300");
            });
    assertThatThrownBy(() -> assessments.recommend(caseworker, id, Money.ofKroner(100_000), null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("gate.failed");
    assertThatThrownBy(() -> gates.override(caseworker, id, Gate.COMPANY_SIZE, " "))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.gate.reasonRequired");
    assertThatThrownBy(() -> gates.override(caseworker, id, Gate.CEILING, "Unødvendig"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("gate.notFailed");

    gates.override(
        caseworker, id, Gate.COMPANY_SIZE, "Konsernet har færre enn 250 ansatte i Norge");
    assessments.recommend(caseworker, id, Money.ofKroner(100_000), null);

    assertThat(applications.own(applicant, id).getStatus())
        .isEqualTo(ApplicationStatus.RECOMMENDED);
    assertThat(gates.evaluate(caseworker, id)).allMatch(GateResult::cleared);
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("GATE_OVERRIDDEN");
  }

  @Test
  void assS3_assS4_twoScoresThatDifferTooMuchNeedAModeratedScoreBeforeTheRecommendation() {
    Long roundId = fixtures.demoRound();
    Actor first = fixtures.actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", first, 5);
    Actor second = fixtures.newUser("saksbehandler-to", EnumSet.of(Role.CASEWORKER));
    fixtures.declareImpartial(second, List.of(id));
    assertThatThrownBy(() -> assessments.moderate(first, id, fixtures.scores(first, id, 4)))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("score.noModerationNeeded");

    assessments.score(second, id, fixtures.scores(second, id, 2));

    assertThat(assessments.divergence(id))
        .hasValueSatisfying(
            d -> {
              assertThat(d.difference()).isEqualByComparingTo("75");
              assertThat(List.of(d.firstScorer(), d.secondScorer()))
                  .containsExactlyInAnyOrder("saksbehandler", second.username());
            });
    assertThatThrownBy(() -> assessments.recommend(first, id, Money.ofKroner(100_000), null))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("score.moderationNeeded");

    assessments.moderate(first, id, fixtures.scores(first, id, 4));

    assertThat(assessments.divergence(id)).isEmpty();
    assessments.recommend(first, id, Money.ofKroner(100_000), null);
    assertThat(assessments.scoreHistory(id))
        .first()
        .satisfies(
            s -> {
              assertThat(s.isModerated()).isTrue();
              assertThat(s.getTotal()).isEqualByComparingTo("75");
            });
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("SCORE_MODERATED");
  }
}
