package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.DeMinimisAid;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/**
 * A draft's details from a request's JSON, through the domain's constructors (same rules and
 * messages as the form), refusing with every invalid line at once as {@code
 * details.trainingPlan[i]} or {@code details.deMinimisAid[i]}.
 */
final class DraftDetails {

  private DraftDetails() {}

  static ApplicationDetails of(DetailsJson json) {
    if (json == null) {
      return ApplicationDetails.EMPTY;
    }
    List<FieldViolation> violations = new ArrayList<>();
    List<TrainingPlanItem> plan = new ArrayList<>();
    List<DetailsJson.PlanItemJson> lines =
        json.trainingPlan() == null ? List.of() : json.trainingPlan();
    for (int i = 0; i < lines.size(); i++) {
      DetailsJson.PlanItemJson l = lines.get(i);
      String field = "details.trainingPlan[" + i + "]";
      try {
        plan.add(
            new TrainingPlanItem(
                l.what(),
                provider(l.provider()),
                zero(l.hours()),
                zero(l.weeks()),
                zero(l.participants()),
                zero(l.laidOff()),
                zero(l.apprentices())));
      } catch (BusinessException e) {
        violations.add(FieldViolation.of(field, e.messageKey(), e.arguments().toArray()));
      }
    }
    List<DeMinimisAid> aid = new ArrayList<>();
    List<DetailsJson.DeMinimisAidJson> given =
        json.deMinimisAid() == null ? List.of() : json.deMinimisAid();
    for (int i = 0; i < given.size(); i++) {
      DetailsJson.DeMinimisAidJson a = given.get(i);
      try {
        aid.add(
            new DeMinimisAid(
                a.fiscalYear() == null ? 0 : a.fiscalYear(), a.grantor(), money(a.amount())));
      } catch (BusinessException e) {
        violations.add(
            FieldViolation.of(
                "details.deMinimisAid[" + i + "]", e.messageKey(), e.arguments().toArray()));
      }
    }
    InvalidInputException.throwIfAny(violations);
    try {
      return new ApplicationDetails(
          json.restructuring(),
          json.trainingStart(),
          json.trainingEnd(),
          plan,
          money(json.ownContribution()),
          money(json.otherPublicFunding()),
          aid,
          json.committeeManagement(),
          json.committeeEmployees());
    } catch (BusinessException e) {
      throw new InvalidInputException(
          List.of(FieldViolation.of("details", e.messageKey(), e.arguments().toArray())));
    }
  }

  private static TrainingProvider provider(String name) {
    try {
      return name == null ? null : TrainingProvider.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int zero(Integer value) {
    return value == null ? 0 : value;
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }
}
