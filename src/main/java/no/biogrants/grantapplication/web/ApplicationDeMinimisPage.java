package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.biogrants.grantapplication.ApplicationDetails;
import no.biogrants.grantapplication.DeMinimisAid;
import no.biogrants.shared.BusinessException;

/** Step 4 of the application form: the de minimis aid the company had in the last years. */
@Named
@ViewScoped
public class ApplicationDeMinimisPage implements Serializable {

  private List<AidLineInput> aidLines = new ArrayList<>();

  void fill(ApplicationDetails d) {
    aidLines = new ArrayList<>(d.deMinimisAid().stream().map(AidLineInput::new).toList());
  }

  /** The rows as declared aid, skipping blank rows (an incomplete row refuses). */
  List<DeMinimisAid> aid() {
    List<DeMinimisAid> aid = new ArrayList<>();
    for (AidLineInput line : aidLines) {
      if (!line.isBlank()) {
        aid.add(line.aid());
      }
    }
    return aid;
  }

  /** The rows typed so far, skipping rows that are not complete yet (for the live rules). */
  List<DeMinimisAid> liveAid() {
    List<DeMinimisAid> aid = new ArrayList<>();
    for (AidLineInput line : aidLines) {
      try {
        if (!line.isBlank()) {
          aid.add(line.aid());
        }
      } catch (BusinessException e) {
        // incomplete row
      }
    }
    return aid;
  }

  public void addAidLine() {
    aidLines.add(new AidLineInput());
  }

  public void removeAidLine(AidLineInput line) {
    aidLines.remove(line);
  }

  public List<AidLineInput> getAidLines() {
    return aidLines;
  }
}
