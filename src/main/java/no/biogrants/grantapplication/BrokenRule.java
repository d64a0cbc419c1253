package no.biogrants.grantapplication;

import java.util.List;
import java.util.Set;

/**
 * A rule an application breaks: its id (see the package's rule list), the message key, the part and
 * field of the form it belongs to, and the figures the message shows. A hard rule stops the
 * submission; a soft one (company eligibility, de minimis headroom) is shown as a warning and
 * decided by the caseworker at the matching gate, where it may be overridden with a reason.
 */
public record BrokenRule(
    String id, String messageKey, ApplicationPart part, String field, List<Object> arguments) {

  /** The rules the caseworker decides at a gate rather than the form refusing the submission. */
  static final Set<String> SOFT = Set.of("R12", "R14", "R15", "R16", "R19");

  public BrokenRule {
    arguments = List.copyOf(arguments);
  }

  public boolean hard() {
    return !SOFT.contains(id);
  }

  static BrokenRule of(
      String id, String messageKey, ApplicationPart part, String field, Object... arguments) {
    return new BrokenRule(id, messageKey, part, field, List.of(arguments));
  }
}
