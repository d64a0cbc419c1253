package no.biogrants.grantapplication.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.biogrants.applicant.Company;
import no.biogrants.attachment.AttachmentInfo;
import no.biogrants.attachment.Attachments;
import no.biogrants.attachment.OwnerType;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.ApplicationRules;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.BrokenRule;
import no.biogrants.grantapplication.CostItem;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;
import no.biogrants.scheme.FundingRound;
import no.biogrants.shared.BusinessException;
import no.biogrants.shared.Money;

/**
 * The summary step of the application form, and the rules every step shows: every rule broken by
 * what is typed now (hard ones stop the submission, soft ones are warnings), next to its field, in
 * the side panel and listed here with a link to its step; and the submission.
 */
@Named
@ViewScoped
public class ApplicationSummaryPage implements Serializable {

  @Inject private Applications applications;
  @Inject private Attachments attachments;
  @Inject private ActiveUser activeUser;
  @Inject private Clock clock;
  @Inject private ApplicationPage form;
  @Inject private ApplicationAboutPage about;
  @Inject private ApplicationTrainingPlanPage trainingPlan;
  @Inject private ApplicationCostsPage costs;
  @Inject private ApplicationDeMinimisPage deMinimis;
  @Inject private ApplicationCommitteePage committee;

  private transient Object rulesRenderedFor;
  private transient List<BrokenRule> renderedRules;

  /** Saves the draft as typed and submits it: to the receipt, or back to the summary. */
  public void submit() {
    GrantApplication saved = form.saveDraft();
    if (saved == null) {
      return;
    }
    Long id = saved.getId();
    GrantApplication submitted =
        FacesActions.attempt(null, () -> applications.submit(activeUser.actor(), id));
    if (submitted != null) {
      Messages.info("application.submitted", submitted.getReference());
      Pages.redirect("/grantapplication/receipt.xhtml?id=" + id);
    } else {
      form.redirect(ApplicationPage.SUMMARY_STEP);
    }
  }

  /**
   * Every rule broken by what is typed now: hard ones stop the submission, soft ones are warnings.
   */
  public List<BrokenRule> getRules() {
    // Rendering asks for the rules many times (each field, each step, the side panel); they are
    // worked out once per rendering, after the typed values are in.
    FacesContext context = FacesContext.getCurrentInstance();
    boolean rendering = context != null && context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (rendering && rulesRenderedFor == context && renderedRules != null) {
      return renderedRules;
    }
    List<BrokenRule> rules = computeRules();
    if (rendering) {
      rulesRenderedFor = context;
      renderedRules = rules;
    }
    return rules;
  }

  private List<BrokenRule> computeRules() {
    FundingRound round = about.getRound();
    Company company = about.company();
    if (round == null || company == null) {
      return List.of();
    }
    GrantApplication application = form.getApplication();
    Money applied = ApplicationCostsPage.safeMoney(costs.getAmountApplied());
    return ApplicationRules.check(
        ApplicationRules.factsFor(
                round.getScheme(),
                application == null ? company.getEmployees() : application.getEmployees(),
                company.getLegalForm(),
                company.getCountyCode(),
                costs.livePlan(),
                applied == null ? Money.ZERO : applied,
                liveDetails(),
                LocalDate.now(clock))
            .withAttachments(attachmentKinds(application)));
  }

  /** The details as typed so far, skipping rows that are not complete yet. */
  private ApplicationDetails liveDetails() {
    try {
      return new ApplicationDetails(
          about.getRestructuring(),
          about.getTrainingStart(),
          about.getTrainingEnd(),
          trainingPlan.liveItems(),
          ApplicationCostsPage.safeMoney(costs.getOwnContribution()),
          ApplicationCostsPage.safeMoney(costs.getOtherPublicFunding()),
          deMinimis.liveAid(),
          committee.getCommitteeManagement(),
          committee.getCommitteeEmployees());
    } catch (BusinessException e) {
      return ApplicationDetails.EMPTY;
    }
  }

  /** The kinds of attachment the saved application has (none yet for a new one). */
  private Set<String> attachmentKinds(GrantApplication application) {
    if (application == null) {
      return Set.of();
    }
    List<AttachmentInfo> list =
        FacesActions.attempt(
            null,
            () -> attachments.list(activeUser.actor(), OwnerType.APPLICATION, application.getId()));
    return list == null
        ? null
        : list.stream().map(a -> a.kind().name()).collect(Collectors.toSet());
  }

  // ---- the application as it will be submitted (the summary step) ---------------------------

  /** The company applying, or null before one is chosen. */
  public Company getCompany() {
    return about.company();
  }

  /** The training plan's lines that have something typed. */
  public List<PlanLineInput> getPlanLines() {
    return trainingPlan.getPlanLines().stream()
        .filter(l -> l.getWhat() != null && !l.getWhat().isBlank())
        .toList();
  }

  /** The cost plan's lines that have something typed. */
  public List<CostLineInput> getCostLines() {
    return costs.getLines().stream().filter(l -> !l.isBlank()).toList();
  }

  /** The sum of every cost line typed (each category counted as the rules count it). */
  public Money getCostTotal() {
    return costs.livePlan().items().stream().map(CostItem::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The de minimis aid declared, lines with an amount. */
  public List<AidLineInput> getAidLines() {
    return deMinimis.getAidLines().stream().filter(l -> l.getAmount() != null).toList();
  }

  /** The attachments the saved application has (none for an unsaved one). */
  public List<AttachmentInfo> getAttachments() {
    GrantApplication application = form.getApplication();
    if (application == null) {
      return List.of();
    }
    List<AttachmentInfo> list =
        FacesActions.attempt(
            null,
            () -> attachments.list(activeUser.actor(), OwnerType.APPLICATION, application.getId()));
    return list == null ? List.of() : list;
  }

  /** The message of each rule broken on a field, for the text next to it. */
  public List<String> rulesFor(String field) {
    return getRules().stream().filter(r -> r.field().equals(field)).map(this::text).toList();
  }

  public List<BrokenRule> rulesOfStep(int part) {
    return getRules().stream().filter(r -> r.part().ordinal() + 1 == part).toList();
  }

  public String text(BrokenRule rule) {
    return rule.id() + ": " + Messages.text(rule.messageKey(), rule.arguments().toArray());
  }

  public boolean isSubmittable() {
    return getRules().stream().noneMatch(BrokenRule::hard);
  }

  /** Every hard rule broken, in Norwegian, for the live summary. */
  public List<String> getBrokenRules() {
    return getRules().stream().filter(BrokenRule::hard).map(this::text).toList();
  }

  /** The soft rules broken: shown as warnings, decided by the caseworker. */
  public List<String> getWarnings() {
    return getRules().stream().filter(r -> !r.hard()).map(this::text).toList();
  }
}
