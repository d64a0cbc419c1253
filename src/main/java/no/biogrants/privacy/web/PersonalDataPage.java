package no.biogrants.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.privacy.PersonalData;
import no.biogrants.privacy.PersonalDataFinding;
import org.omnifaces.util.Faces;

/**
 * The administrator's page for a person's request: find where they are named, export it, erase it
 * (G4–G6).
 */
@Named
@ViewScoped
public class PersonalDataPage implements Serializable {

  @Inject private ActiveUser activeUser;
  @Inject private PersonalData personalData;

  private String who;
  private String reason;
  private boolean confirmed;
  private List<PersonalDataFinding> findings;

  public void search() {
    findings =
        FacesActions.attempt("personForm:who", () -> personalData.find(activeUser.actor(), who));
  }

  public void export() {
    byte[] json =
        FacesActions.attempt("personForm:who", () -> personalData.export(activeUser.actor(), who));
    if (json == null) {
      return;
    }
    Faces.sendFile(json, "personopplysninger-" + LocalDate.now() + ".json", true);
  }

  public void erase() {
    if (!confirmed) {
      Messages.error("eraseForm:confirmed", "privacy.confirmRequired");
      return;
    }
    Map<PersonalDataFinding.Place, Integer> erased =
        FacesActions.attempt(
            "eraseForm:reason", () -> personalData.erase(activeUser.actor(), who, reason));
    if (erased != null) {
      Messages.info("privacy.erased", erased.values().stream().mapToInt(Integer::intValue).sum());
      findings = personalData.find(activeUser.actor(), who);
      reason = null;
      confirmed = false;
    }
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public List<PersonalDataFinding> getFindings() {
    return findings;
  }
}
