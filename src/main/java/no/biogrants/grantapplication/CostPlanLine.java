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
import no.biogrants.shared.Money;

/** One line of the cost plan: a category, what it is, and the amount. */
@Entity
@Table(name = "cost_plan_line")
public class CostPlanLine {

  public static final int DESCRIPTION_MAXLENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private CostCategory category;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAXLENGTH)
  private String description;

  @Column(name = "amount", nullable = false)
  private Money amount;

  protected CostPlanLine() {}

  CostPlanLine(GrantApplication application, int position, CostItem item) {
    this.application = application;
    this.position = position;
    this.category = item.category();
    this.description = item.description();
    this.amount = item.amount();
  }

  public CostItem item() {
    return new CostItem(category, description, amount);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public CostCategory getCategory() {
    return category;
  }

  public String getDescription() {
    return description;
  }

  public Money getAmount() {
    return amount;
  }
}
