package no.biogrants.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Users;

/** The admin's start page: the users with their roles and counties, and the ledger check. */
@Named
@ViewScoped
public class AdminPage implements Serializable {

  @Inject private Users directory;
  @Inject private no.biogrants.budget.LedgerCheck ledgerCheck;

  private List<AppUser> users;
  private List<no.biogrants.budget.LedgerCheck.Mismatch> mismatches;

  @PostConstruct
  void init() {
    users = directory.all();
  }

  /** Recomputes every budget line from its ledger; the result is shown on the page. */
  public void checkLedger() {
    mismatches = ledgerCheck.mismatches();
  }

  public List<no.biogrants.budget.LedgerCheck.Mismatch> getMismatches() {
    return mismatches;
  }

  public List<AppUser> getUsers() {
    return users;
  }
}
