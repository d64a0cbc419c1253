package no.biogrants.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.biogrants.identity.ActiveUser;
import no.biogrants.identity.ApiKey;
import no.biogrants.identity.ApiKeys;
import no.biogrants.identity.NewApiKey;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.infrastructure.web.Pages;

/**
 * The user's own API keys (identity/api-keys.xhtml): list, make, revoke. Request scoped on purpose:
 * a key just made lives only in the answer to the request that made it (shown once, never kept in
 * the session); revoking redirects, so a reload never repeats it.
 */
@Named
@RequestScoped
public class ApiKeysPage {

  @Inject private ApiKeys apiKeys;
  @Inject private ActiveUser activeUser;

  private List<ApiKey> keys = List.of();
  private String label;
  private String newKey;

  @PostConstruct
  void load() {
    keys = apiKeys.mine(activeUser.actor());
  }

  public void create() {
    NewApiKey made =
        FacesActions.attempt("keyForm:label", () -> apiKeys.create(activeUser.actor(), label));
    if (made != null) {
      newKey = made.key();
      label = null;
      load();
    }
  }

  public void revoke(Long keyId) {
    if (FacesActions.attempt(null, () -> apiKeys.revoke(activeUser.actor(), keyId)) != null) {
      Messages.info("apiKeys.revoked");
      Pages.redirect("/identity/api-keys.xhtml");
    }
  }

  public boolean isMayUseApi() {
    return ApiKeys.mayUseApi(activeUser.actor());
  }

  public List<ApiKey> getKeys() {
    return keys;
  }

  public String getNewKey() {
    return newKey;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public int getLabelMaxlength() {
    return ApiKey.LABEL_MAXLENGTH;
  }
}
