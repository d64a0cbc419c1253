package no.biogrants.grantapplication;

import java.util.Set;

/**
 * Which fields belong to which part of the application, and the merge that lets an applicant change
 * only the parts a question opened: every other field keeps its submitted value, whatever was
 * typed.
 */
public final class ApplicationParts {

  /** The content and details after a merge. */
  public record Merged(ApplicationContent content, ApplicationDetails details) {}

  private ApplicationParts() {}

  public static Merged merge(
      ApplicationContent savedContent,
      ApplicationDetails savedDetails,
      ApplicationContent typedContent,
      ApplicationDetails typedDetails,
      Set<ApplicationPart> open) {
    ApplicationContent about = open.contains(ApplicationPart.ABOUT) ? typedContent : savedContent;
    ApplicationContent costs = open.contains(ApplicationPart.COSTS) ? typedContent : savedContent;
    ApplicationDetails aboutD = open.contains(ApplicationPart.ABOUT) ? typedDetails : savedDetails;
    ApplicationDetails planD =
        open.contains(ApplicationPart.TRAINING_PLAN) ? typedDetails : savedDetails;
    ApplicationDetails costsD = open.contains(ApplicationPart.COSTS) ? typedDetails : savedDetails;
    ApplicationDetails aidD =
        open.contains(ApplicationPart.DE_MINIMIS) ? typedDetails : savedDetails;
    ApplicationDetails committeeD =
        open.contains(ApplicationPart.COMMITTEE_AND_ATTACHMENTS) ? typedDetails : savedDetails;
    ApplicationContent content =
        new ApplicationContent(
            about.title(),
            about.description(),
            about.trainingPurpose(),
            costs.amountApplied(),
            costs.costItems());
    ApplicationDetails details =
        new ApplicationDetails(
            aboutD.restructuring(),
            aboutD.trainingStart(),
            aboutD.trainingEnd(),
            planD.trainingPlan(),
            costsD.ownContribution(),
            costsD.otherPublicFunding(),
            aidD.deMinimisAid(),
            committeeD.committeeManagement(),
            committeeD.committeeEmployees());
    return new Merged(content, details);
  }
}
