package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.biogrants.shared.Money;

/** One stored declaration of earlier de minimis aid (see {@link DeMinimisAid}). */
@Entity
@Table(name = "de_minimis_aid")
public class DeMinimisAidLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private GrantApplication application;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "grantor", nullable = false, length = DeMinimisAid.GRANTOR_MAXLENGTH)
  private String grantor;

  @Column(name = "amount", nullable = false)
  private Money amount;

  protected DeMinimisAidLine() {}

  DeMinimisAidLine(GrantApplication application, int position, DeMinimisAid aid) {
    this.application = application;
    this.position = position;
    this.fiscalYear = aid.fiscalYear();
    this.grantor = aid.grantor();
    this.amount = aid.amount();
  }

  public DeMinimisAid aid() {
    return new DeMinimisAid(fiscalYear, grantor, amount);
  }

  public int getPosition() {
    return position;
  }
}
