package no.biogrants.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.identity.AppUser;
import no.biogrants.identity.Users;

/**
 * The admin's start page: the users with their roles and counties (the ledger check on it:
 * budget.web.LedgerCheckPanel).
 */
@Named
@ViewScoped
public class AdminPage implements Serializable {

  @Inject private Users directory;

  private List<AppUser> users;

  @PostConstruct
  void init() {
    users = directory.all();
  }

  public List<AppUser> getUsers() {
    return users;
  }
}
