package no.biogrants.grantapplication;

import static no.biogrants.grantapplication.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusTransitionsTest {

  private static final List<ApplicationStatus> MAIN_FLOW =
      List.of(
          DRAFT,
          SUBMITTED,
          IN_REVIEW,
          RECOMMENDED,
          GRANTED,
          ACCEPTED,
          IN_PROGRESS,
          FINAL_REPORTED,
          CLOSED);

  @Test
  void mainFlowIsAllowedStepByStep() {
    for (int i = 0; i + 1 < MAIN_FLOW.size(); i++) {
      ApplicationStatus from = MAIN_FLOW.get(i);
      ApplicationStatus to = MAIN_FLOW.get(i + 1);
      assertThat(StatusTransitions.isAllowed(from, to)).as(from + " -> " + to).isTrue();
      assertThatCode(() -> StatusTransitions.check(from, to)).doesNotThrowAnyException();
    }
  }

  @Test
  void grantingTwiceIsRefused() {
    assertRefused(GRANTED, GRANTED);
  }

  @Test
  void skippingTheAssessmentIsRefused() {
    assertRefused(DRAFT, GRANTED);
  }

  @Test
  void goingBackwardsInTheMainFlowIsRefused() {
    assertRefused(SUBMITTED, DRAFT);
    assertRefused(ACCEPTED, GRANTED);
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void closedCannotMoveAnywhere(ApplicationStatus to) {
    assertRefused(CLOSED, to);
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void withdrawnCannotMoveAnywhere(ApplicationStatus to) {
    assertRefused(WITHDRAWN, to);
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void everyStatusHasAnEntry(ApplicationStatus from) {
    assertThatCode(() -> StatusTransitions.targetsFrom(from)).doesNotThrowAnyException();
    assertThat(StatusTransitions.targetsFrom(from)).doesNotContainNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"CLOSED", "WITHDRAWN", "CANCELLED"})
  void terminalStatesHaveNoTargets(ApplicationStatus terminal) {
    assertThat(StatusTransitions.targetsFrom(terminal)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"CLOSED", "WITHDRAWN", "CANCELLED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherStateCanMoveSomewhere(ApplicationStatus from) {
    assertThat(StatusTransitions.targetsFrom(from)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void noStatusMayMoveToItself(ApplicationStatus status) {
    assertThat(StatusTransitions.isAllowed(status, status)).isFalse();
  }

  @Test
  void targetsFromListsExactlyTheAllowedMoves() {
    assertThat(StatusTransitions.targetsFrom(DRAFT))
        .containsExactlyInAnyOrder(SUBMITTED, WITHDRAWN);
    assertThat(StatusTransitions.targetsFrom(GRANTED))
        .containsExactlyInAnyOrder(ACCEPTED, CANCELLED, APPEALED);
    assertThat(StatusTransitions.targetsFrom(RECLAIMED)).containsExactly(CLOSED);
  }

  static Stream<Arguments> allPairs() {
    return Arrays.stream(ApplicationStatus.values())
        .flatMap(
            from -> Arrays.stream(ApplicationStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allPairs")
  void isAllowedAgreesWithCheckAndTargetsFrom(ApplicationStatus from, ApplicationStatus to) {
    boolean allowed = StatusTransitions.isAllowed(from, to);

    assertThat(StatusTransitions.targetsFrom(from).contains(to)).isEqualTo(allowed);
    if (allowed) {
      assertThatCode(() -> StatusTransitions.check(from, to)).doesNotThrowAnyException();
    } else {
      assertRefused(from, to);
    }
  }

  @Test
  void allPairsAreCovered() {
    int n = ApplicationStatus.values().length;
    assertThat(allPairs().count()).isEqualTo((long) n * n);
  }

  private static void assertRefused(ApplicationStatus from, ApplicationStatus to) {
    assertThat(StatusTransitions.isAllowed(from, to)).as(from + " -> " + to).isFalse();
    IllegalTransitionException e =
        catchThrowableOfType(
            IllegalTransitionException.class, () -> StatusTransitions.check(from, to));
    assertThat(e).as(from + " -> " + to).isNotNull();
    assertThat(e.messageKey()).isEqualTo("status.transitionNotAllowed");
    assertThat(e.arguments()).containsExactly(from, to);
  }
}
