package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One stored line of the training plan (see {@link TrainingPlanItem}). */
@Entity
@Table(name = "training_plan_line")
public class TrainingPlanLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "what", nullable = false, length = TrainingPlanItem.WHAT_MAXLENGTH)
  private String what;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider", nullable = false)
  private TrainingProvider provider;

  @Column(name = "hours", nullable = false)
  private int hours;

  @Column(name = "weeks", nullable = false)
  private int weeks;

  @Column(name = "participants", nullable = false)
  private int participants;

  @Column(name = "laid_off", nullable = false)
  private int laidOff;

  @Column(name = "apprentices", nullable = false)
  private int apprentices;

  protected TrainingPlanLine() {}

  TrainingPlanLine(GrantApplication application, int position, TrainingPlanItem item) {
    this.application = application;
    this.position = position;
    this.what = item.what();
    this.provider = item.provider();
    this.hours = item.hours();
    this.weeks = item.weeks();
    this.participants = item.participants();
    this.laidOff = item.laidOff();
    this.apprentices = item.apprentices();
  }

  public TrainingPlanItem item() {
    return new TrainingPlanItem(what, provider, hours, weeks, participants, laidOff, apprentices);
  }

  public int getPosition() {
    return position;
  }
}
