package no.biogrants.reporting;

import java.util.function.Function;

/**
 * The measures of spending reports (package doc, M1-M10), with their stable API names (the JSON
 * fields and the csv/xlsx column order) and how to read each from a group's figures.
 */
public enum ReportMeasure {
  APPLICATIONS("applications", false, SpendingFigures::applications),
  APPLIED("applied", true, SpendingFigures::applied),
  RECOMMENDED("recommended", true, SpendingFigures::recommended),
  GRANTED("granted", true, SpendingFigures::granted),
  COMMITTED("committed", true, SpendingFigures::committed),
  DISBURSED("disbursed", true, SpendingFigures::disbursed),
  RELEASED("released", true, SpendingFigures::released),
  RECLAIMED("reclaimed", true, SpendingFigures::reclaimed),
  PARTICIPANTS("participants", false, SpendingFigures::participants),
  TRAINING_HOURS("trainingHours", false, SpendingFigures::trainingHours);

  private final String apiName;
  private final boolean money;
  private final Function<SpendingFigures, Object> reader;

  ReportMeasure(String apiName, boolean money, Function<SpendingFigures, Object> reader) {
    this.apiName = apiName;
    this.money = money;
    this.reader = reader;
  }

  public String apiName() {
    return apiName;
  }

  /** NOK (a {@link no.biogrants.shared.Money}); otherwise a whole number (a Long). */
  public boolean isMoney() {
    return money;
  }

  public Object of(SpendingFigures figures) {
    return reader.apply(figures);
  }
}
