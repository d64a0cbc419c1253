package no.biogrants.shared;

/** For unit tests of rules that refuse with a {@link BusinessException}. */
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
}
