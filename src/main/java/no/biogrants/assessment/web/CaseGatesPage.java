package no.biogrants.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.Gate;
import no.biogrants.assessment.GateResult;
import no.biogrants.assessment.Gates;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The case page's gates panel ({@code WEB-INF/includes/case/gates.xhtml}): each gate with its
 * inputs and result, and the caseworker's override of a failed gate with a reason.
 */
@Named
@ViewScoped
public class CaseGatesPage implements Serializable {

  @Inject private OpenCase openCase;
  @Inject private Gates gates;

  private List<GateResult> gateResults = List.of();
  private Gate overrideGate;
  private String overrideReason;

  @PostConstruct
  void init() {
    if (openCase.contentVisible()) {
      gateResults = gates.evaluate(openCase.actor(), openCase.id());
    }
  }

  public void overrideGate() {
    if (openCase.changedMeanwhile()) {
      return;
    }
    if (FacesActions.attemptAt(
            CaseGatesPage::gateFieldOf,
            () -> {
              gates.override(openCase.actor(), openCase.id(), overrideGate, overrideReason);
              return true;
            })
        != null) {
      Messages.info("gate.overridden");
      openCase.reload();
    }
  }

  public List<GateResult> getGateResults() {
    return gateResults;
  }

  public List<Gate> getFailedGates() {
    return gateResults.stream().filter(g -> !g.cleared()).map(GateResult::gate).toList();
  }

  public Gate getOverrideGate() {
    return overrideGate;
  }

  public void setOverrideGate(Gate overrideGate) {
    this.overrideGate = overrideGate;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  /**
   * The field a refusal of the gate override is about (by its message key); null: the top of the
   * page.
   */
  private static String gateFieldOf(String messageKey) {
    return switch (messageKey) {
      case "validation.gate.required", "gate.notFailed", "gate.alreadyOverridden" ->
          "gateForm:overrideGate";
      case "validation.gate.reasonRequired", "validation.tooLong" -> "gateForm:overrideReason";
      default -> null;
    };
  }
}
