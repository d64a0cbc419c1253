package no.biogrants.grantapplication.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.grantapplication.ApplicationDetails;

/**
 * The rest of the application beyond the content (the form's steps 1–5): the restructuring, the
 * training period (ISO dates), the training plan, the financing, earlier de minimis aid and the
 * training committee. In a change, leaving {@code details} out keeps the saved ones.
 */
public record DetailsJson(
    String restructuring,
    LocalDate trainingStart,
    LocalDate trainingEnd,
    List<PlanItemJson> trainingPlan,
    BigDecimal ownContribution,
    BigDecimal otherPublicFunding,
    List<DeMinimisAidJson> deMinimisAid,
    String committeeManagement,
    String committeeEmployees) {

  /** One line of the training plan; {@code provider} is INTERNAL or EXTERNAL. */
  public record PlanItemJson(
      String what,
      String provider,
      Integer hours,
      Integer weeks,
      Integer participants,
      Integer laidOff,
      Integer apprentices) {}

  /** Earlier de minimis aid: fiscal year, who gave it, the amount in NOK. */
  public record DeMinimisAidJson(Integer fiscalYear, String grantor, BigDecimal amount) {}

  static DetailsJson of(ApplicationDetails d) {
    return new DetailsJson(
        d.restructuring(),
        d.trainingStart(),
        d.trainingEnd(),
        d.trainingPlan().stream()
            .map(
                p ->
                    new PlanItemJson(
                        p.what(),
                        p.provider().name(),
                        p.hours(),
                        p.weeks(),
                        p.participants(),
                        p.laidOff(),
                        p.apprentices()))
            .toList(),
        d.ownContribution() == null ? null : d.ownContribution().amount(),
        d.otherPublicFunding() == null ? null : d.otherPublicFunding().amount(),
        d.deMinimisAid().stream()
            .map(a -> new DeMinimisAidJson(a.fiscalYear(), a.grantor(), a.amount().amount()))
            .toList(),
        d.committeeManagement(),
        d.committeeEmployees());
  }
}
