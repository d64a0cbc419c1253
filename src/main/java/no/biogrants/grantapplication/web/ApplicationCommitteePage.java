package no.biogrants.grantapplication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import no.biogrants.grantapplication.ApplicationDetails;

/**
 * Step 5 of the application form: the training committee (the attachments below the form are the
 * shared attachment panel's).
 */
@Named
@ViewScoped
public class ApplicationCommitteePage implements Serializable {

  private String committeeManagement;
  private String committeeEmployees;

  void fill(ApplicationDetails d) {
    committeeManagement = d.committeeManagement();
    committeeEmployees = d.committeeEmployees();
  }

  public String getCommitteeManagement() {
    return committeeManagement;
  }

  public void setCommitteeManagement(String committeeManagement) {
    this.committeeManagement = committeeManagement;
  }

  public String getCommitteeEmployees() {
    return committeeEmployees;
  }

  public void setCommitteeEmployees(String committeeEmployees) {
    this.committeeEmployees = committeeEmployees;
  }
}
