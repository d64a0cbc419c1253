package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;
import no.biogrants.shared.BusinessException;

/** Step 2 of the application form: the training plan, one row per course or module. */
@Named
@ViewScoped
public class ApplicationTrainingPlanPage implements Serializable {

  @Inject private ApplicationPage form;

  private List<PlanLineInput> planLines = new ArrayList<>();

  /** A new draft starts with one empty row. */
  void startNew() {
    planLines.add(new PlanLineInput());
  }

  void fill(ApplicationDetails d) {
    planLines = new ArrayList<>(d.trainingPlan().stream().map(PlanLineInput::new).toList());
    if (planLines.isEmpty() && form.isDraftEditable()) {
      planLines.add(new PlanLineInput());
    }
  }

  /** The rows as plan items, skipping blank rows (an incomplete row refuses: its message says). */
  List<TrainingPlanItem> items() {
    List<TrainingPlanItem> plan = new ArrayList<>();
    for (PlanLineInput line : planLines) {
      if (!line.isBlank()) {
        plan.add(line.item());
      }
    }
    return plan;
  }

  /** The rows typed so far, skipping rows that are not complete yet (for the live rules). */
  List<TrainingPlanItem> liveItems() {
    List<TrainingPlanItem> plan = new ArrayList<>();
    for (PlanLineInput line : planLines) {
      try {
        if (!line.isBlank()) {
          plan.add(line.item());
        }
      } catch (BusinessException e) {
        // incomplete row: its own fields say what is missing when saved
      }
    }
    return plan;
  }

  public void addPlanLine() {
    planLines.add(new PlanLineInput());
  }

  public void removePlanLine(PlanLineInput line) {
    planLines.remove(line);
  }

  public TrainingProvider[] getProviders() {
    return TrainingProvider.values();
  }

  public List<PlanLineInput> getPlanLines() {
    return planLines;
  }
}
