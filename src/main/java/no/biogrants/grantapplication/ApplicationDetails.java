package no.biogrants.grantapplication;

import java.time.LocalDate;
import java.util.List;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * The rest of what the applicant writes, beyond {@link ApplicationContent}: the restructuring the
 * training supports, the training period, the training plan, the financing plan, earlier de minimis
 * aid and the training committee. Everything may be empty while it is a draft; the rules ({@link
 * ApplicationRules}) say what must be there before it can be submitted.
 */
public record ApplicationDetails(
    String restructuring,
    LocalDate trainingStart,
    LocalDate trainingEnd,
    List<TrainingPlanItem> trainingPlan,
    Money ownContribution,
    Money otherPublicFunding,
    List<DeMinimisAid> deMinimisAid,
    String committeeManagement,
    String committeeEmployees) {

  public static final int RESTRUCTURING_MAXLENGTH = 4000;
  public static final int COMMITTEE_MAXLENGTH = 200;
  public static final int MAX_LINES = 50;

  public static final ApplicationDetails EMPTY =
      new ApplicationDetails(null, null, null, List.of(), null, null, List.of(), null, null);

  public ApplicationDetails {
    restructuring = blankToNull(restructuring);
    committeeManagement = blankToNull(committeeManagement);
    committeeEmployees = blankToNull(committeeEmployees);
    trainingPlan = trainingPlan == null ? List.of() : List.copyOf(trainingPlan);
    deMinimisAid = deMinimisAid == null ? List.of() : List.copyOf(deMinimisAid);
    tooLong(restructuring, RESTRUCTURING_MAXLENGTH);
    tooLong(committeeManagement, COMMITTEE_MAXLENGTH);
    tooLong(committeeEmployees, COMMITTEE_MAXLENGTH);
    if (trainingPlan.size() > MAX_LINES || deMinimisAid.size() > MAX_LINES) {
      throw new InvalidInputException("validation.tooManyLines", MAX_LINES);
    }
    if (ownContribution != null && ownContribution.isNegative()
        || otherPublicFunding != null && otherPublicFunding.isNegative()) {
      throw new InvalidInputException("validation.amount.notNegative");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static void tooLong(String text, int max) {
    if (text != null && text.length() > max) {
      throw new InvalidInputException("validation.tooLong", max);
    }
  }
}
