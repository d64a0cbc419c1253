package no.biogrants.casework.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import no.biogrants.casework.Decision;
import no.biogrants.casework.DecisionFixtures;
import no.biogrants.casework.DecisionOutcome;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.ClockProducer;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * An appeal's own rules: lateness, the § 31 choice, forwarding, the body's outcome, closing once.
 */
class AppealTest {

  private static final LocalDate DECIDED = LocalDate.of(2024, 3, 5);
  private static final LocalDate LAST_DAY = LocalDate.of(2024, 3, 26);
  private static final Instant NOW = Instant.parse("2024-04-10T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2024, 4, 10);

  private static Appeal receivedOn(LocalDate received) {
    Instant decidedAt = ZonedDateTime.of(DECIDED.atTime(12, 0), ClockProducer.OSLO).toInstant();
    Decision decision =
        DecisionFixtures.decision(
            7L, DecisionOutcome.REJECTED, Money.ZERO, null, "leder", decidedAt, "Avslått.", null);
    return new Appeal(
        decision,
        ApplicationStatus.REJECTED,
        AppealChannel.LETTER,
        " Vi er uenige. ",
        received,
        "saksbehandler",
        NOW);
  }

  private static String key(Throwable e) {
    return ((BusinessException) e).messageKey();
  }

  @Test
  void anAppealKeepsItsDeadlineAndTrimmedGroundsAndIsOpen() {
    Appeal appeal = receivedOn(LAST_DAY);

    assertThat(appeal.getDeadline()).isEqualTo(LAST_DAY);
    assertThat(appeal.getGrounds()).isEqualTo("Vi er uenige.");
    assertThat(appeal.isLate()).isFalse();
    assertThat(appeal.isOpen()).isTrue();
    assertThat(appeal.stage()).isEqualTo("RECEIVED");
    assertThat(appeal.getApplicationId()).isEqualTo(7L);
  }

  @Test
  void groundsAndStatementAreRequired() {
    assertThatThrownBy(() -> receivedOn(LAST_DAY).forward(TODAY, null, TODAY, "x", NOW))
        .isInstanceOf(InvalidInputException.class)
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.statementRequired");
    Decision decision =
        DecisionFixtures.decision(
            7L, DecisionOutcome.REJECTED, Money.ZERO, null, "leder", NOW, "Avslått.", null);
    assertThatThrownBy(
            () ->
                new Appeal(
                    decision,
                    ApplicationStatus.REJECTED,
                    AppealChannel.ONLINE,
                    "  ",
                    TODAY,
                    "soker",
                    NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.groundsRequired");
  }

  @Test
  void caseA2_aLateAppealMustBeDismissedOrConsideredBeforeAnythingElse() {
    Appeal appeal = receivedOn(LAST_DAY.plusDays(3));

    assertThat(appeal.isLate()).isTrue();
    assertThat(appeal.getDaysLate()).isEqualTo(3);
    assertThat(appeal.isLateUndecided()).isTrue();
    assertThatThrownBy(() -> appeal.forward(TODAY, "Uttalelse", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.lateUndecided");
    assertThatThrownBy(() -> appeal.reverse("Medhold", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.lateUndecided");
    assertThatThrownBy(() -> appeal.considerLate(" ", "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.reasonRequired");

    appeal.considerLate("Brevet lå hos feil avdeling.", "saksbehandler", NOW);

    assertThat(appeal.isLateUndecided()).isFalse();
    assertThatThrownBy(() -> appeal.dismissAsLate("For sent", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.lateAlreadyDecided");
    appeal.forward(TODAY, "Uttalelse", TODAY, "saksbehandler", NOW);
    assertThat(appeal.stage()).isEqualTo("FORWARDED");
  }

  @Test
  void aLateAppealIsDismissedWithAReason() {
    Appeal appeal = receivedOn(LAST_DAY.plusDays(1));

    appeal.dismissAsLate("Kom etter fristen uten grunn.", TODAY, "saksbehandler", NOW);

    assertThat(appeal.isOpen()).isFalse();
    assertThat(appeal.getOutcome()).isEqualTo(AppealOutcome.DISMISSED_LATE);
    assertThat(appeal.getOutcomeOn()).isEqualTo(TODAY);
    assertThat(appeal.getClosedBy()).isEqualTo("saksbehandler");
    assertThatThrownBy(() -> appeal.withdraw(null, TODAY, "soker", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.closed");
  }

  @Test
  void anAppealInTimeCannotBeDismissedAsLate() {
    Appeal appeal = receivedOn(LAST_DAY);

    assertThatThrownBy(() -> appeal.dismissAsLate("For sent", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.notLate");
    assertThatThrownBy(() -> appeal.considerLate("Likevel", "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.notLate");
  }

  @Test
  void forwardingNeedsAPastDateNotBeforeTheAppealWasReceivedAndHappensOnce() {
    Appeal appeal = receivedOn(LAST_DAY);

    assertThatThrownBy(() -> appeal.forward(TODAY.plusDays(1), "Uttalelse", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.dateInFuture");
    assertThatThrownBy(() -> appeal.forward(null, "Uttalelse", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.dateRequired");
    assertThatThrownBy(() -> appeal.forward(LAST_DAY.minusDays(1), "Uttalelse", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.forwardedBeforeReceived");
    assertThatThrownBy(
            () ->
                appeal.recordBodyOutcome(
                    AppealOutcome.UPHELD_BY_BODY, TODAY, "KN 1/24", null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.notForwarded");

    appeal.forward(LAST_DAY, "Fylkeskommunen fastholder vedtaket.", TODAY, "saksbehandler", NOW);

    assertThatThrownBy(() -> appeal.forward(TODAY, "Igjen", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.alreadyForwarded");
    assertThatThrownBy(() -> appeal.reverse("Medhold", TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("appeal.alreadyForwarded");
  }

  @Test
  void theBodysOutcomeNeedsABodyOutcomeADateAfterForwardingAndACaseNumber() {
    Appeal appeal = receivedOn(LAST_DAY);
    appeal.forward(LAST_DAY.plusDays(2), "Uttalelse", TODAY, "saksbehandler", NOW);

    assertThatThrownBy(
            () ->
                appeal.recordBodyOutcome(
                    AppealOutcome.REVERSED_BY_COUNTY, TODAY, "KN 1/24", null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.bodyOutcomeRequired");
    assertThatThrownBy(
            () -> appeal.recordBodyOutcome(null, TODAY, "KN 1/24", null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.bodyOutcomeRequired");
    assertThatThrownBy(
            () ->
                appeal.recordBodyOutcome(
                    AppealOutcome.UPHELD_BY_BODY, LAST_DAY, "KN 1/24", null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.outcomeBeforeForwarded");
    assertThatThrownBy(
            () ->
                appeal.recordBodyOutcome(
                    AppealOutcome.UPHELD_BY_BODY, TODAY, " ", null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.appeal.caseNumberRequired");
    assertThatThrownBy(
            () ->
                appeal.recordBodyOutcome(
                    AppealOutcome.UPHELD_BY_BODY, TODAY, "K".repeat(41), null, TODAY, "x", NOW))
        .extracting(AppealTest::key)
        .isEqualTo("validation.tooLong");

    appeal.recordBodyOutcome(
        AppealOutcome.SET_ASIDE_BY_BODY,
        TODAY,
        " KN 12/2024 ",
        "Saken sendes tilbake.",
        TODAY,
        "leder",
        NOW);

    assertThat(appeal.getOutcome()).isEqualTo(AppealOutcome.SET_ASIDE_BY_BODY);
    assertThat(appeal.getOutcome().reopensCase()).isTrue();
    assertThat(appeal.getBodyCaseNumber()).isEqualTo("KN 12/2024");
    assertThat(appeal.getOutcomeOn()).isEqualTo(TODAY);
    assertThat(appeal.getOutcomeReason()).isEqualTo("Saken sendes tilbake.");
  }

  @Test
  void outcomesThatReopenTheCaseAreTheReversalsAndTheSettingAside() {
    assertThat(AppealOutcome.values())
        .filteredOn(AppealOutcome::reopensCase)
        .containsExactlyInAnyOrder(
            AppealOutcome.REVERSED_BY_COUNTY,
            AppealOutcome.REVERSED_BY_BODY,
            AppealOutcome.SET_ASIDE_BY_BODY);
    assertThat(AppealOutcome.values())
        .filteredOn(AppealOutcome::isBodyOutcome)
        .containsExactlyInAnyOrder(
            AppealOutcome.UPHELD_BY_BODY,
            AppealOutcome.REVERSED_BY_BODY,
            AppealOutcome.SET_ASIDE_BY_BODY);
  }

  @Test
  void onlyTheDecisionsOutcomesMayBeAppealed() {
    assertThat(ApplicationStatus.values())
        .filteredOn(ApplicationStatus::isAppealable)
        .containsExactlyInAnyOrder(
            ApplicationStatus.GRANTED,
            ApplicationStatus.PARTIALLY_GRANTED,
            ApplicationStatus.REJECTED,
            ApplicationStatus.DISMISSED);
  }

  @Test
  void everyAppealEnumHasALabelInBothLanguages() throws Exception {
    for (String bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
      Properties texts = new Properties();
      try (var in =
          new InputStreamReader(
              AppealTest.class.getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
        texts.load(in);
      }
      for (Enum<?> value :
          Stream.concat(
                  Arrays.stream(AppealOutcome.values()), Arrays.stream(AppealChannel.values()))
              .toList()) {
        assertThat(
                texts.getProperty(value.getDeclaringClass().getSimpleName() + "." + value.name()))
            .as(bundle + " " + value)
            .isNotBlank();
      }
    }
  }
}
