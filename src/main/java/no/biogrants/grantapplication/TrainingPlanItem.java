package no.biogrants.grantapplication;

import no.biogrants.shared.FreeText;
import no.biogrants.shared.InvalidInputException;

/**
 * One line of the training plan: what is trained, by whom, how many hours over how many weeks, for
 * how many participants, of whom laid off (permittert) and apprentices.
 */
public record TrainingPlanItem(
    String what,
    TrainingProvider provider,
    int hours,
    int weeks,
    int participants,
    int laidOff,
    int apprentices) {

  public static final int WHAT_MAXLENGTH = 300;

  public TrainingPlanItem {
    what = what == null ? null : FreeText.clean(what).strip();
    TextChecks.requireText(what, "validation.plan.whatRequired", WHAT_MAXLENGTH);
    if (provider == null) {
      throw new InvalidInputException("validation.plan.providerRequired");
    }
    if (hours < 1 || hours > 10_000) {
      throw new InvalidInputException("validation.plan.hours");
    }
    if (weeks < 1 || weeks > 104) {
      throw new InvalidInputException("validation.plan.weeks");
    }
    if (participants < 1 || participants > 10_000) {
      throw new InvalidInputException("validation.plan.participants");
    }
    if (laidOff < 0 || apprentices < 0) {
      throw new InvalidInputException("validation.plan.notNegative");
    }
  }
}
