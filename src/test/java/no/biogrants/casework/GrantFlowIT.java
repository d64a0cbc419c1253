package no.biogrants.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.biogrants.applicant.Companies;
import no.biogrants.applicant.Company;
import no.biogrants.applicant.CompanyProfile;
import no.biogrants.applicant.CompanyRegistry;
import no.biogrants.applicant.ContactPerson;
import no.biogrants.applicant.LegalForm;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.CriterionInput;
import no.biogrants.assessment.Gate;
import no.biogrants.assessment.GateResult;
import no.biogrants.assessment.Gates;
import no.biogrants.assessment.Impartiality;
import no.biogrants.audit.AuditEvent;
import no.biogrants.audit.AuditLog;
import no.biogrants.budget.BudgetLine;
import no.biogrants.budget.Budgets;
import no.biogrants.budget.Ledger;
import no.biogrants.budget.LedgerEntry;
import no.biogrants.budget.LedgerEntryType;
import no.biogrants.budget.LedgerRef;
import no.biogrants.grantapplication.ApplicationContent;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.ApplicationPart;
import no.biogrants.grantapplication.ApplicationRulesBroken;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.BrokenRule;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.grantapplication.IllegalTransitionException;
import no.biogrants.grantapplication.InfoRequestAnswers;
import no.biogrants.grantapplication.StatusChange;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.it.CaseFixtures;
import no.biogrants.it.Deployments;
import no.biogrants.scheme.Schemes;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.Money;
import no.biogrants.shared.OrganisationNumber;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case from submission to grant on Payara Micro against MariaDB, through the real services: the
 * grant books a commitment on the county's 2020 BIO line and the balances move with it; an
 * application is never granted twice, not even by two approvers at the same moment; the recommender
 * cannot decide; a line is never overcommitted.
 */
@ExtendWith(ArquillianExtension.class)
class GrantFlowIT {

  private static final String COUNTY = "34";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @Inject private CaseFixtures fixtures;
  @Inject private Applications applications;
  @Inject private Assessments assessments;
  @Inject private Decisions decisions;
  @Inject private Budgets budgets;
  @Inject private Ledger ledger;
  @Inject private Users users;
  @Inject private Schemes schemes;
  @Inject private AuditLog audit;
  @Inject private Assignments assignments;
  @Inject private InfoRequests infoRequests;
  @Inject private InfoRequestAnswers infoRequestAnswers;
  @Inject private Gates gates;
  @Inject private Companies companies;
  @Inject private CompanyRegistry companyRegistry;
  @Inject private CaseQueue queue;
  @Inject private SavedFilters savedFilters;
  @Inject private Impartiality impartiality;
  @Resource private ManagedExecutorService executor;

  @Test
  void caseD5_caseD6_assS5_grantBooksCommitmentOnTheCountysBioLineAndMovesItsBalance() {
    Long id = recommendedApplication(Money.ofKroner(150_000), actor("saksbehandler"));
    Long lineId = assessments.currentRecommendation(id).orElseThrow().getBudgetLineId();
    BudgetLine before = budgets.line(lineId);
    assertThat(before.getAllocation().getName()).isEqualTo("BIO 2020 (105 MNOK)");
    assertThat(before.getCountyCode()).isEqualTo(COUNTY);

    Decision decision = decisions.grant(actor("leder"), id, "Godt begrunnet omstillingsbehov.");

    assertThat(decision.getAmount()).isEqualTo(Money.ofKroner(150_000));
    BudgetLine after = budgets.line(lineId);
    assertThat(after.getCommitted()).isEqualTo(before.getCommitted().plus(Money.ofKroner(150_000)));
    assertThat(after.getAvailable())
        .isEqualTo(before.getAvailable().minus(Money.ofKroner(150_000)));
    assertThat(after.getAllocated()).isEqualTo(before.getAllocated());

    List<LedgerEntry> entries = ledger.entriesForApplication(id);
    assertThat(entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getType()).isEqualTo(LedgerEntryType.COMMITMENT);
              assertThat(e.getAmount()).isEqualTo(Money.ofKroner(150_000));
              assertThat(e.getBudgetLineId()).isEqualTo(lineId);
              assertThat(e.getActor()).isEqualTo("leder");
            });

    GrantApplication application = applications.own(actor("soker"), id);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(application.getReference()).matches("\\d{4}-\\d{4}");
    assertThat(application.getHistory())
        .extracting(StatusChange::getTo)
        .containsExactly(
            ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.RECOMMENDED,
            ApplicationStatus.PARTIALLY_GRANTED);
    assertThat(application.getHistory())
        .extracting(StatusChange::getActor)
        .containsExactly("soker", "soker", "saksbehandler", "saksbehandler", "leder");

    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains(
            "STATUS_DRAFT",
            "STATUS_SUBMITTED",
            "STATUS_IN_REVIEW",
            "SCORED",
            "STATUS_RECOMMENDED",
            "STATUS_PARTIALLY_GRANTED");
    assertThat(audit.forEntity("BudgetLine", lineId))
        .extracting(AuditEvent::getAction)
        .contains("LEDGER_COMMITMENT");
  }

  @Test
  void caseD7_aSecondApproverCannotGrantTheSameApplicationAgain() {
    Long id = recommendedApplication(Money.ofKroner(120_000), actor("saksbehandler"));
    Actor secondApprover = newUser("leder-to", EnumSet.of(Role.APPROVER));
    fixtures.declareImpartial(secondApprover, List.of(id));

    decisions.grant(actor("leder"), id, "Innvilget.");

    assertThatThrownBy(() -> decisions.grant(secondApprover, id, "Innvilget igjen."))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(ledger.entriesForApplication(id)).hasSize(1);
    assertThat(decisions.decisionsOf(id)).hasSize(1);
  }

  @Test
  void caseD7_twoApproversGrantingAtTheSameMomentGiveOneDecisionAndOneCommitment()
      throws Exception {
    Long id = recommendedApplication(Money.ofKroner(110_000), actor("saksbehandler"));
    Long lineId = assessments.currentRecommendation(id).orElseThrow().getBudgetLineId();
    Money committedBefore = budgets.line(lineId).getCommitted();
    List<Actor> approvers =
        List.of(
            newUser("leder-a", EnumSet.of(Role.APPROVER)),
            newUser("leder-b", EnumSet.of(Role.APPROVER)));
    approvers.forEach(a -> fixtures.declareImpartial(a, List.of(id)));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Decision>> results = new ArrayList<>();
    for (Actor approver : approvers) {
      Callable<Decision> grant =
          () -> {
            start.await();
            return decisions.grant(approver, id, "Innvilget.");
          };
      results.add(executor.submit(grant));
    }
    start.countDown();
    int granted = 0;
    int refused = 0;
    for (Future<Decision> result : results) {
      try {
        result.get(60, TimeUnit.SECONDS);
        granted++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(IllegalTransitionException.class);
        refused++;
      }
    }
    assertThat(granted).isEqualTo(1);
    assertThat(refused).isEqualTo(1);
    assertThat(ledger.entriesForApplication(id)).hasSize(1);
    assertThat(budgets.line(lineId).getCommitted())
        .isEqualTo(committedBefore.plus(Money.ofKroner(110_000)));
  }

  @Test
  void caseD1_theRecommenderMayNotDecideTheirOwnCase() {
    Actor both = newUser("saksbehandler-leder", EnumSet.of(Role.CASEWORKER, Role.APPROVER));
    Long id = recommendedApplication(Money.ofKroner(100_000), both);

    assertThatThrownBy(() -> decisions.grant(both, id, "Innvilget."))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("decision.fourEyes");
    assertThat(applications.own(actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.RECOMMENDED);
    assertThat(ledger.entriesForApplication(id)).isEmpty();
  }

  @Test
  void budB1_caseD6_aCommitmentAboveWhatTheLineHasIsRefusedAndChangesNothing() {
    BudgetLine line = budgets.linesFor(COUNTY, 2020).get(0);
    int entriesBefore = ledger.entriesOf(line.getId()).size();
    Money tooMuch = line.getAvailable().plus(Money.of("0.01"));

    assertThatThrownBy(() -> ledger.commit(line.getId(), tooMuch, LedgerRef.LINE, "test"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("budget.insufficient");
    BudgetLine after = budgets.line(line.getId());
    assertThat(after.getCommitted()).isEqualTo(line.getCommitted());
    assertThat(after.getAvailable()).isEqualTo(line.getAvailable());
    assertThat(ledger.entriesOf(line.getId())).hasSize(entriesBefore);
  }

  @Test
  void assS1_caseD1_aCaseworkerOfAnotherCountyCannotOpenTheCase() {
    Long id = recommendedApplication(Money.ofKroner(100_000), actor("saksbehandler"));
    assertThatThrownBy(() -> assessments.caseOf(actor("saksbehandler.46"), id))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> decisions.grant(actor("leder.46"), id, "Innvilget."))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void assI1_onlyAPersonWhoDeclaredThemselvesImpartialMayActAndAConflictBarsThemForGood() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor caseworker = actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 4);
    Actor colleague = newUser("saksbehandler-inhabil", EnumSet.of(Role.CASEWORKER));
    List<CriterionInput> scores =
        assessments.caseOf(caseworker, id).getRound().getRubric().stream()
            .map(c -> new CriterionInput(c.getId(), 5, "Begrunnet."))
            .toList();

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
    assertThatThrownBy(() -> decisions.grant(actor("leder"), id, "Innvilget."))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("impartiality.required");

    assertThat(impartiality.declarationsFor(id))
        .extracting(d -> d.getUsername() + ":" + d.isConflicted())
        .containsExactly("saksbehandler:false", colleague.username() + ":true");
  }

  @Test
  void caseQ1_caseQ3_aCaseIsGivenOnlyToACaseworkerOfTheCountyAndTheQueueFindsItUnderMine() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor caseworker = actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    Actor colleague = newUser("kollega", EnumSet.of(Role.CASEWORKER));

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
    assertThatThrownBy(() -> assignments.assign(actor("saksbehandler.46"), id, "saksbehandler.46"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("ASSIGNED");
  }

  @Test
  void caseQ1_theQueueFiltersOnRoundScoreAmountIndustryAndDateAndFiltersAreSavedPerUser() {
    Actor caseworker = actor("saksbehandler");
    Long lineId = fixtures.lineWithRoom(COUNTY, 2020, Money.ofKroner(5_000_000));
    Long roundId = fixtures.roundOn(lineId, COUNTY, 2020);
    Long high =
        fixtures.scoredApplication(roundId, Money.ofKroner(210_000), "soker", caseworker, 5);
    Long low = fixtures.scoredApplication(roundId, Money.ofKroner(60_000), "soker", caseworker, 2);
    String nace = applications.own(actor("soker"), high).getNaceCode();
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
    assertThat(savedFilters.mine(actor("leder"))).isEmpty();
    Long savedId = savedFilters.mine(caseworker).get(0).getId();
    assertThatThrownBy(() -> savedFilters.delete(actor("leder"), savedId))
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

  @Test
  void assG1_aFailedGateStopsTheRecommendationUntilItIsOverriddenWithAReason() {
    Actor applicant = actor("soker");
    String orgNumber = null;
    for (int candidate = 91_000_000; orgNumber == null; candidate++) {
      for (int check = 0; check <= 9 && orgNumber == null; check++) {
        String value = candidate + "" + check;
        if (OrganisationNumber.isValid(value)
            && companies.byOrgNumber(new OrganisationNumber(value)).isEmpty()) {
          orgNumber = value;
        }
      }
    }
    Company big =
        companyRegistry.register(
            applicant,
            orgNumber,
            new CompanyProfile(
                "Stor Industri AS",
                LegalForm.AS,
                "25.620",
                300,
                "3407",
                "Gjøvik",
                null,
                List.of(new ContactPerson("Stine Stor", "stine@stor-industri.example", null))));
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    ApplicationContent content =
        new ApplicationContent(
            "Ny produksjonslinje",
            "Omstilling til ny produksjon.",
            TrainingPurpose.PRODUCTION_RESTRUCTURING,
            Money.ofKroner(100_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(200_000))));
    Long id =
        applications
            .createDraft(
                applicant,
                big.getId(),
                roundId,
                content,
                CaseFixtures.readyDetails(LocalDate.now()))
            .getId();
    applications.submit(applicant, id);
    Actor caseworker = actor("saksbehandler");
    fixtures.declareImpartial(caseworker, List.of(id));
    assessments.score(
        caseworker,
        id,
        assessments.caseOf(caseworker, id).getRound().getRubric().stream()
            .map(c -> new CriterionInput(c.getId(), 3, "Middels."))
            .toList());

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
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor first = actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", first, 5);
    Actor second = newUser("saksbehandler-to", EnumSet.of(Role.CASEWORKER));
    fixtures.declareImpartial(second, List.of(id));
    assertThatThrownBy(() -> assessments.moderate(first, id, allScored(first, id, 4)))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("score.noModerationNeeded");

    assessments.score(second, id, allScored(second, id, 2));

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

    assessments.moderate(first, id, allScored(first, id, 4));

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

  @Test
  void caseD4_aboveTheDelegationLimitTheCommitteesDecisionIsRecordedWithItsCaseNumber() {
    Long id = recommendedAt(Money.ofKroner(350_000), Money.ofKroner(600_000));

    assertThatThrownBy(() -> decisions.grant(actor("leder"), id, "Innvilget i utvalget.", " "))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("decision.committeeCaseRequired");
    assertThat(ledger.entriesForApplication(id)).isEmpty();

    Decision decision =
        decisions.grant(actor("leder"), id, "Innvilget i hovedutvalg for næring.", "PS 12/2021");

    assertThat(decision.isByCommittee()).isTrue();
    assertThat(decision.getCommitteeCaseNumber()).isEqualTo("PS 12/2021");
    assertThat(
            decisions
                .grant(
                    actor("leder"),
                    recommendedAt(Money.ofKroner(250_000), Money.ofKroner(500_000)),
                    "Innvilget.")
                .isByCommittee())
        .isFalse();
  }

  /**
   * An application for twice {@code half} (the most its costs allow), recommended at {@code
   * amount}.
   */
  private Long recommendedAt(Money half, Money amount) {
    Actor caseworker = actor("saksbehandler");
    Long id =
        fixtures.scoredApplication(
            schemes.openRounds(COUNTY).get(0).getId(), half, "soker", caseworker, 4);
    assessments.recommend(caseworker, id, amount, null);
    fixtures.declareImpartial(actor("leder"), List.of(id));
    return id;
  }

  @Test
  void caseI1_aQuestionToTheApplicantParksTheCaseUntilTheApplicantAnswers() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor caseworker = actor("saksbehandler");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);

    assertThatThrownBy(
            () -> infoRequests.ask(caseworker, id, "Hvor mange deltakere?", tomorrow.minusDays(1)))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.info.deadlineFuture");
    infoRequests.ask(caseworker, id, "Hvor mange deltakere er permittert?", tomorrow.plusDays(13));

    assertThat(applications.own(actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.AWAITING_APPLICANT);
    assertThatThrownBy(() -> assessments.score(caseworker, id, allScored(caseworker, id, 4)))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> infoRequestAnswers.answer(actor("soker.46"), id, "Ikke min sak"))
        .isInstanceOf(AccessDeniedException.class);

    infoRequestAnswers.answer(actor("soker"), id, "Tolv av tjue deltakere er permittert.");

    assertThat(applications.own(actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(infoRequests.requestsOf(id))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isOpen()).isFalse();
              assertThat(r.getAnswer()).isEqualTo("Tolv av tjue deltakere er permittert.");
              assertThat(r.getAnsweredBy()).isEqualTo("soker");
            });
    assertThatThrownBy(() -> infoRequestAnswers.answer(actor("soker"), id, "En gang til"))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("info.noOpenQuestion");
    assertThat(applications.own(actor("soker"), id).getHistory())
        .extracting(StatusChange::getTo)
        .containsSubsequence(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW,
            ApplicationStatus.AWAITING_APPLICANT,
            ApplicationStatus.IN_REVIEW);
    assertThat(infoRequests.overdue(caseworker)).isEmpty();
    assessments.score(caseworker, id, allScored(caseworker, id, 4));
  }

  @Test
  void aQuestionOpensOnlyTheNamedPartsAndTheChangesComeBackWithTheAnswer() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor caseworker = actor("saksbehandler");
    Actor company = actor("soker");
    Long id = fixtures.scoredApplication(roundId, Money.ofKroner(100_000), "soker", caseworker, 0);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    infoRequests.ask(
        caseworker,
        id,
        "Legg til kurset i HMS i planen.",
        today.plusDays(14),
        Set.of(ApplicationPart.TRAINING_PLAN));
    GrantApplication before = applications.own(company, id);
    ApplicationContent changedTitle =
        new ApplicationContent(
            "En annen tittel",
            before.getDescription(),
            before.getTrainingPurpose(),
            before.getAmountApplied(),
            before.costPlan().items());
    ApplicationDetails d = before.details();
    List<TrainingPlanItem> plan = new ArrayList<>(d.trainingPlan());
    plan.add(new TrainingPlanItem("HMS-kurs", TrainingProvider.EXTERNAL, 8, 1, 10, 0, 0));
    ApplicationDetails changed =
        new ApplicationDetails(
            "Ny omstilling",
            d.trainingStart(),
            d.trainingEnd(),
            plan,
            d.ownContribution(),
            d.otherPublicFunding(),
            d.deMinimisAid(),
            d.committeeManagement(),
            d.committeeEmployees());

    assertThatThrownBy(
            () -> applications.saveDraft(company, id, changedTitle, changed, before.getVersion()))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("application.notEditable");
    infoRequestAnswers.answerWithChanges(company, id, "Kurset er lagt til.", changedTitle, changed);

    GrantApplication after = applications.own(company, id);
    assertThat(after.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(after.details().trainingPlan())
        .extracting(TrainingPlanItem::what)
        .contains("HMS-kurs");
    assertThat(after.getTitle()).isEqualTo(before.getTitle());
    assertThat(after.details().restructuring()).isEqualTo(d.restructuring());
    assertThat(audit.forEntity("GrantApplication", id))
        .extracting(AuditEvent::getAction)
        .contains("CHANGED_ON_REQUEST");
  }

  @Test
  void submittingNamesEveryHardRuleBrokenAndSavesNothing() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Actor company = actor("soker");
    Long companyId = companies.forUser(company.userId()).get(0).getId();
    ApplicationContent content =
        new ApplicationContent(
            "Uferdig",
            "Mangler mye.",
            TrainingPurpose.DIGITAL,
            Money.ofKroner(50_000),
            List.of(new CostItem(CostCategory.TRAINERS, "Kurs", Money.ofKroner(200_000))));
    Long id = applications.createDraft(company, companyId, roundId, content).getId();

    Throwable refused = Assertions.catchThrowable(() -> applications.submit(company, id));

    assertThat(refused).isInstanceOf(ApplicationRulesBroken.class);
    assertThat(((ApplicationRulesBroken) refused).rules())
        .extracting(BrokenRule::id)
        .contains("R5", "R9", "R17", "R18");
    GrantApplication still = applications.own(company, id);
    assertThat(still.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    assertThat(still.getReference()).isNull();
  }

  @Test
  void caseD2_anApproverDismissesAnApplicationWithFormalErrorsAndNothingIsBooked() {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    Long id =
        fixtures.scoredApplication(
            roundId, Money.ofKroner(100_000), "soker", actor("saksbehandler"), 0);
    Actor approver = actor("leder");
    fixtures.declareImpartial(approver, List.of(id));
    assertThatThrownBy(() -> decisions.dismiss(approver, id, " "))
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo("validation.reasons.required");

    Decision decision =
        decisions.dismiss(
            approver, id, "Søknaden mangler opplæringsplan og signatur fra opplæringsutvalget.");

    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.DISMISSED);
    assertThat(decision.getAmount()).isEqualTo(Money.ZERO);
    assertThat(applications.own(actor("soker"), id).getStatus())
        .isEqualTo(ApplicationStatus.DISMISSED);
    assertThat(ledger.entriesForApplication(id)).isEmpty();
    assertThatThrownBy(() -> decisions.dismiss(approver, id, "Igjen"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  private List<CriterionInput> allScored(Actor actor, Long id, int score) {
    return assessments.caseOf(actor, id).getRound().getRubric().stream()
        .map(c -> new CriterionInput(c.getId(), score, "Begrunnet."))
        .toList();
  }

  /** A new application by the demo applicant in the county's demo round, recommended. */
  private Long recommendedApplication(Money recommended, Actor caseworker) {
    Long roundId = schemes.openRounds(COUNTY).get(0).getId();
    return fixtures.recommendedApplications(1, roundId, recommended, "soker", caseworker).get(0);
  }

  private Actor actor(String username) {
    return Actor.of(users.byUsername(username).orElseThrow());
  }

  private Actor newUser(String prefix, EnumSet<Role> roles) {
    String username = prefix + "-" + System.nanoTime();
    return Actor.of(
        users.create(username, username, "hemmelig-passord".toCharArray(), COUNTY, roles));
  }
}
