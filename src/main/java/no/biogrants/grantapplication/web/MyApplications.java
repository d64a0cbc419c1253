package no.biogrants.grantapplication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.grantapplication.Applications;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.ActiveUser;

/** The applicant's start page: their companies' applications with status and reference. */
@Named
@ViewScoped
public class MyApplications implements Serializable {

  @Inject private Applications applications;
  @Inject private ActiveUser activeUser;

  private List<GrantApplication> list;

  @PostConstruct
  void load() {
    list = applications.mine(activeUser.actor());
  }

  public List<GrantApplication> getList() {
    return list;
  }
}
