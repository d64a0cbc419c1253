package no.biogrants.grantapplication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.biogrants.scheme.Scheme;
import no.biogrants.shared.MessageKey;
import no.biogrants.shared.Money;

/**
 * Every rule an application must meet before it can be submitted, each with its id (listed in the
 * package documentation). Pure: the form runs it live on what is typed, the service runs it on what
 * is saved when submitting, and both show the same messages.
 */
public final class ApplicationRules {

  /** Legal forms of the public sector (not eligible). */
  public static final Set<String> PUBLIC_SECTOR =
      Set.of("STAT", "KOMM", "FYLK", "KF", "FKF", "IKS", "ORGL", "SF");

  /** Everything the rules look at. */
  public record Facts(
      CostPlan costPlan,
      Money amountApplied,
      Money maximumGrant,
      ApplicationDetails details,
      LocalDate today,
      int maxParticipantWeeks,
      int finishWithinMonths,
      Money deMinimisCeilingNok,
      int employees,
      String legalForm,
      String companyCounty,
      String roundCounty,
      Set<String> attachmentKinds) {

    /** The same facts with the kinds of attachment the application has (null: not known here). */
    public Facts withAttachments(Set<String> kinds) {
      return new Facts(
          costPlan,
          amountApplied,
          maximumGrant,
          details,
          today,
          maxParticipantWeeks,
          finishWithinMonths,
          deMinimisCeilingNok,
          employees,
          legalForm,
          companyCounty,
          roundCounty,
          kinds);
    }
  }

  /** The attachments every application should have (APP-R19). */
  public static final List<String> REQUIRED_ATTACHMENTS =
      List.of("TRAINING_PLAN", "ANNUAL_ACCOUNTS");

  private ApplicationRules() {}

  /** The facts for a company's application in a scheme, as typed or as saved. */
  public static Facts factsFor(
      Scheme scheme,
      int employees,
      String legalForm,
      String companyCounty,
      CostPlan plan,
      Money amountApplied,
      ApplicationDetails details,
      LocalDate today) {
    return new Facts(
        plan,
        amountApplied,
        scheme.maximumGrant(plan.eligibleCosts()),
        details,
        today,
        scheme.getMaxParticipantWeeks(),
        scheme.getFinishWithinMonths(),
        scheme.deMinimisCeilingNok(),
        employees,
        legalForm,
        companyCounty,
        scheme.getCountyCode(),
        null);
  }

  public static List<BrokenRule> check(Facts f) {
    List<BrokenRule> broken = new ArrayList<>();
    costs(f, broken);
    period(f, broken);
    plan(f, broken);
    deMinimis(f, broken);
    company(f, broken);
    ApplicationDetails d = f.details();
    if (d.restructuring() == null) {
      broken.add(
          BrokenRule.of(
              "R18", "rule.restructuringRequired", ApplicationPart.ABOUT, "restructuring"));
    }
    if (f.attachmentKinds() != null) {
      for (String kind : REQUIRED_ATTACHMENTS) {
        if (!f.attachmentKinds().contains(kind)) {
          broken.add(
              BrokenRule.of(
                  "R19",
                  "rule.attachmentMissing",
                  ApplicationPart.COMMITTEE_AND_ATTACHMENTS,
                  "attachments",
                  new MessageKey("AttachmentKind." + kind)));
        }
      }
    }
    if (d.committeeManagement() == null || d.committeeEmployees() == null) {
      broken.add(
          BrokenRule.of(
              "R17",
              "rule.committeeRequired",
              ApplicationPart.COMMITTEE_AND_ATTACHMENTS,
              "committee"));
    }
    return List.copyOf(broken);
  }

  private static void costs(Facts f, List<BrokenRule> broken) {
    if (!f.costPlan().eligibleCosts().isPositive()) {
      broken.add(BrokenRule.of("R1", "rule.cost.noCosts", ApplicationPart.COSTS, "costLines"));
    } else if (f.costPlan().trainingCosts().times(3).isLessThan(f.costPlan().eligibleCosts())) {
      broken.add(
          BrokenRule.of("R2", "rule.cost.trainingShareTooLow", ApplicationPart.COSTS, "costLines"));
    }
    if (f.amountApplied() == null || !f.amountApplied().isPositive()) {
      broken.add(
          BrokenRule.of("R3", "rule.amountNotPositive", ApplicationPart.COSTS, "amountApplied"));
    } else if (f.amountApplied().isGreaterThan(f.maximumGrant())) {
      broken.add(
          BrokenRule.of(
              "R4",
              "rule.amountAboveMaximum",
              ApplicationPart.COSTS,
              "amountApplied",
              f.maximumGrant()));
    }
  }

  private static void period(Facts f, List<BrokenRule> broken) {
    LocalDate start = f.details().trainingStart();
    LocalDate end = f.details().trainingEnd();
    if (start == null || end == null) {
      broken.add(
          BrokenRule.of(
              "R5",
              "rule.periodRequired",
              ApplicationPart.ABOUT,
              start == null ? "trainingStart" : "trainingEnd"));
      return;
    }
    if (start.isBefore(f.today())) {
      broken.add(
          BrokenRule.of(
              "R6", "rule.startedBeforeApplication", ApplicationPart.ABOUT, "trainingStart"));
    }
    if (end.isBefore(start)) {
      broken.add(BrokenRule.of("R7", "rule.endBeforeStart", ApplicationPart.ABOUT, "trainingEnd"));
    } else if (end.isAfter(start.plusMonths(f.finishWithinMonths()))) {
      broken.add(
          BrokenRule.of(
              "R8",
              "rule.periodTooLong",
              ApplicationPart.ABOUT,
              "trainingEnd",
              f.finishWithinMonths()));
    }
  }

  private static void plan(Facts f, List<BrokenRule> broken) {
    List<TrainingPlanItem> plan = f.details().trainingPlan();
    if (plan.isEmpty()) {
      broken.add(
          BrokenRule.of("R9", "rule.planRequired", ApplicationPart.TRAINING_PLAN, "planLines"));
    }
    for (int i = 0; i < plan.size(); i++) {
      TrainingPlanItem item = plan.get(i);
      if (item.weeks() > f.maxParticipantWeeks()) {
        broken.add(
            BrokenRule.of(
                "R10",
                "rule.tooManyWeeks",
                ApplicationPart.TRAINING_PLAN,
                "planLines",
                i + 1,
                f.maxParticipantWeeks()));
      }
      if (item.laidOff() + item.apprentices() > item.participants()) {
        broken.add(
            BrokenRule.of(
                "R11",
                "rule.participantsCount",
                ApplicationPart.TRAINING_PLAN,
                "planLines",
                i + 1));
      }
    }
  }

  /**
   * APP-R12, APP-R13: aid in the current and two previous fiscal years plus this application within
   * the ceiling.
   */
  private static void deMinimis(Facts f, List<BrokenRule> broken) {
    int year = f.today().getYear();
    Money earlier = Money.ZERO;
    for (DeMinimisAid aid : f.details().deMinimisAid()) {
      if (aid.fiscalYear() < year - 2 || aid.fiscalYear() > year) {
        broken.add(
            BrokenRule.of(
                "R13",
                "rule.deMinimisYear",
                ApplicationPart.DE_MINIMIS,
                "deMinimis",
                aid.fiscalYear(),
                year - 2,
                year));
      } else {
        earlier = earlier.plus(aid.amount());
      }
    }
    Money applied = f.amountApplied() == null ? Money.ZERO : f.amountApplied();
    if (earlier.plus(applied).isGreaterThan(f.deMinimisCeilingNok())) {
      broken.add(
          BrokenRule.of(
              "R12",
              "rule.deMinimisCeiling",
              ApplicationPart.DE_MINIMIS,
              "deMinimis",
              earlier,
              f.deMinimisCeilingNok()));
    }
  }

  private static void company(Facts f, List<BrokenRule> broken) {
    if (!eligibleSize(f.employees())) {
      broken.add(
          BrokenRule.of(
              "R14", "rule.companySize", ApplicationPart.ABOUT, "company", f.employees()));
    }
    if (f.companyCounty() != null && !f.companyCounty().equals(f.roundCounty())) {
      broken.add(BrokenRule.of("R15", "rule.companyCounty", ApplicationPart.ABOUT, "company"));
    }
    if (!eligibleLegalForm(f.legalForm(), f.employees())) {
      broken.add(
          BrokenRule.of("R16", "rule.legalForm", ApplicationPart.ABOUT, "company", f.legalForm()));
    }
  }

  /** APP-R14: 1-250 employees. */
  public static boolean eligibleSize(int employees) {
    return employees >= 1 && employees <= 250;
  }

  /** APP-R16: not the public sector, not a sole proprietorship without employees. */
  public static boolean eligibleLegalForm(String legalForm, int employees) {
    String form = legalForm == null ? "" : legalForm.toUpperCase(Locale.ROOT);
    return !PUBLIC_SECTOR.contains(form) && !("ENK".equals(form) && employees == 0);
  }
}
