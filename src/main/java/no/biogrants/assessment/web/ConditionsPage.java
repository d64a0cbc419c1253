package no.biogrants.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.assessment.ConditionLibrary;
import no.biogrants.assessment.ConditionTemplate;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;

/**
 * The admin's page of the conditions library: the national templates and the county's own, with
 * add, reword and remove for those the admin owns (a county admin their county's, a national admin
 * the national ones). A stale page gets the conflict message, never overwrites.
 */
@Named
@ViewScoped
public class ConditionsPage implements Serializable {

  @Inject private ConditionLibrary library;
  @Inject private ActiveUser activeUser;

  private List<ConditionTemplate> templates = List.of();
  private String newWording;
  private Long editingId;
  private String editedWording;
  private long editingVersion;

  public void load() {
    templates = library.templatesFor(activeUser.actor().countyCode());
  }

  public boolean ownedByMe(ConditionTemplate template) {
    String county = activeUser.actor().countyCode();
    return template.isNational() ? county == null : template.getCountyCode().equals(county);
  }

  public void add() {
    if (FacesActions.attempt(
            "libraryForm:newWording", () -> library.add(activeUser.actor(), newWording))
        != null) {
      Messages.info("conditions.added");
      newWording = null;
      load();
    }
  }

  public void edit(ConditionTemplate template) {
    editingId = template.getId();
    editedWording = template.getWording();
    editingVersion = template.getVersion();
  }

  public void save() {
    if (FacesActions.attempt(
            "libraryForm:editedWording",
            () -> library.reword(activeUser.actor(), editingId, editedWording, editingVersion))
        != null) {
      Messages.info("conditions.saved");
      editingId = null;
    }
    load();
  }

  public void remove(ConditionTemplate template) {
    if (FacesActions.attempt(
        null, () -> library.remove(activeUser.actor(), template.getId(), template.getVersion()))) {
      Messages.info("conditions.removed");
    }
    load();
  }

  public List<ConditionTemplate> getTemplates() {
    return templates;
  }

  public String getNewWording() {
    return newWording;
  }

  public void setNewWording(String newWording) {
    this.newWording = newWording;
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getEditedWording() {
    return editedWording;
  }

  public void setEditedWording(String editedWording) {
    this.editedWording = editedWording;
  }
}
