package no.biogrants.assessment.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One condition as the caseworker edits it on the recommendation form: taken from the library,
 * reworded or left out; the last, empty one is for a condition of the caseworker's own.
 */
public class ConditionInput implements Serializable {

  private boolean included;
  private String wording;

  ConditionInput(boolean included, String wording) {
    this.included = included;
    this.wording = wording;
  }

  /** The library's conditions, all included, and one empty line for an extra condition. */
  static List<ConditionInput> from(List<String> library) {
    List<ConditionInput> inputs = new ArrayList<>();
    library.forEach(w -> inputs.add(new ConditionInput(true, w)));
    inputs.add(new ConditionInput(true, ""));
    return inputs;
  }

  /** The wording of every included, non-empty condition, in order. */
  static List<String> chosen(List<ConditionInput> inputs) {
    return inputs.stream()
        .filter(i -> i.included && i.wording != null && !i.wording.isBlank())
        .map(i -> i.wording)
        .toList();
  }

  public boolean isIncluded() {
    return included;
  }

  public void setIncluded(boolean included) {
    this.included = included;
  }

  public String getWording() {
    return wording;
  }

  public void setWording(String wording) {
    this.wording = wording;
  }
}
