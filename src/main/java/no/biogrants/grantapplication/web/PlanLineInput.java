package no.biogrants.grantapplication.web;

import java.io.Serializable;
import no.biogrants.grantapplication.TrainingPlanItem;
import no.biogrants.grantapplication.TrainingProvider;

/** One editable row of the training plan on the form. */
public class PlanLineInput implements Serializable {

  private String what;
  private TrainingProvider provider = TrainingProvider.EXTERNAL;
  private Integer hours;
  private Integer weeks;
  private Integer participants;
  private Integer laidOff = 0;
  private Integer apprentices = 0;

  public PlanLineInput() {}

  PlanLineInput(TrainingPlanItem item) {
    what = item.what();
    provider = item.provider();
    hours = item.hours();
    weeks = item.weeks();
    participants = item.participants();
    laidOff = item.laidOff();
    apprentices = item.apprentices();
  }

  boolean isBlank() {
    return (what == null || what.isBlank())
        && hours == null
        && weeks == null
        && participants == null;
  }

  /**
   * The line as the domain takes it; refused with the field's message when something is missing.
   */
  TrainingPlanItem item() {
    return new TrainingPlanItem(
        what,
        provider,
        zero(hours),
        zero(weeks),
        zero(participants),
        zero(laidOff),
        zero(apprentices));
  }

  private static int zero(Integer value) {
    return value == null ? 0 : value;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public TrainingProvider getProvider() {
    return provider;
  }

  public void setProvider(TrainingProvider provider) {
    this.provider = provider;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public Integer getWeeks() {
    return weeks;
  }

  public void setWeeks(Integer weeks) {
    this.weeks = weeks;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }

  public Integer getLaidOff() {
    return laidOff;
  }

  public void setLaidOff(Integer laidOff) {
    this.laidOff = laidOff;
  }

  public Integer getApprentices() {
    return apprentices;
  }

  public void setApprentices(Integer apprentices) {
    this.apprentices = apprentices;
  }
}
