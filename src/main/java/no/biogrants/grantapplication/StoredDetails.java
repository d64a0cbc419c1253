package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import no.biogrants.shared.Money;

/**
 * The columns of {@link ApplicationDetails} on the application's own row: the restructuring, the
 * training period, the financing plan and the training committee (the training plan and the de
 * minimis declaration are lines of their own, {@link TrainingPlanLine} and {@link
 * DeMinimisAidLine}). Replaced whole when the details are edited.
 */
@Embeddable
public class StoredDetails {

  @Column(name = "restructuring", length = ApplicationDetails.RESTRUCTURING_MAXLENGTH)
  private String restructuring;

  @Column(name = "training_start")
  private LocalDate trainingStart;

  @Column(name = "training_end")
  private LocalDate trainingEnd;

  @Column(name = "own_contribution")
  private Money ownContribution;

  @Column(name = "other_public_funding")
  private Money otherPublicFunding;

  @Column(name = "committee_management", length = ApplicationDetails.COMMITTEE_MAXLENGTH)
  private String committeeManagement;

  @Column(name = "committee_employees", length = ApplicationDetails.COMMITTEE_MAXLENGTH)
  private String committeeEmployees;

  protected StoredDetails() {}

  StoredDetails(ApplicationDetails details) {
    this.restructuring = details.restructuring();
    this.trainingStart = details.trainingStart();
    this.trainingEnd = details.trainingEnd();
    this.ownContribution = details.ownContribution();
    this.otherPublicFunding = details.otherPublicFunding();
    this.committeeManagement = details.committeeManagement();
    this.committeeEmployees = details.committeeEmployees();
  }

  /** The details with the given lines; {@code stored} may be null (every column empty). */
  static ApplicationDetails toDetails(
      StoredDetails stored, List<TrainingPlanItem> plan, List<DeMinimisAid> aid) {
    StoredDetails s = stored != null ? stored : new StoredDetails();
    return new ApplicationDetails(
        s.restructuring,
        s.trainingStart,
        s.trainingEnd,
        plan,
        s.ownContribution,
        s.otherPublicFunding,
        aid,
        s.committeeManagement,
        s.committeeEmployees);
  }
}
