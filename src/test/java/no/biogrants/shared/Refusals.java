package no.biogrants.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** For tests of rules that refuse with a {@link BusinessException} (unit and in-container). */
public final class Refusals {

  private Refusals() {}

  /** The message key the action is refused with; fails the test when it is not refused. */
  public static String messageKeyOf(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      return e.messageKey();
    }
    throw new AssertionError("not refused");
  }

  /** Fails unless the call is refused with a {@link BusinessException} of this message key. */
  public static void assertRefused(ThrowingCallable call, String messageKey) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).messageKey())
        .isEqualTo(messageKey);
  }
}
