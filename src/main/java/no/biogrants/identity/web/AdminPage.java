package no.biogrants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.Users;

/**
 * The admin's start page: how many accounts there are to manage, with the way to them (the staff
 * pages), the ledger check (budget.web.LedgerCheckPanel) and a person's data (privacy).
 */
@Named
@RequestScoped
public class AdminPage {

  @Inject private Users users;
  @Inject private ActiveUser activeUser;

  /** The active accounts of the admin's county (a national admin: every county). */
  public long getActiveAccounts() {
    return users.activeCount(activeUser.getCountyCode());
  }
}
