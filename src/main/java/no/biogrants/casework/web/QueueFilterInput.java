package no.biogrants.casework.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.biogrants.casework.QueueFilter;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.shared.Money;

/**
 * The queue's filter fields as the user fills them in ({@code queueForm:filters} in {@code
 * WEB-INF/templates/queue-table.xhtml}); {@link QueueTable} turns them into a {@link QueueFilter}
 * and back. "Mine only" stands for the user as assignee.
 */
public class QueueFilterInput implements Serializable {

  private String text;
  private ApplicationStatus status;
  private boolean mineOnly;
  private Long roundId;
  private String assignee;
  private BigDecimal minScore;
  private BigDecimal minAmount;
  private BigDecimal maxAmount;
  private String industry;
  private LocalDate submittedFrom;
  private LocalDate submittedTo;

  /** The filter the fields say; throws when they break a rule (e.g. from-date after to-date). */
  QueueFilter toFilter(String username) {
    return new QueueFilter(
        text,
        status,
        roundId,
        mineOnly ? username : assignee,
        minScore,
        minAmount == null ? null : Money.of(minAmount),
        maxAmount == null ? null : Money.of(maxAmount),
        industry,
        submittedFrom,
        submittedTo);
  }

  /** Puts a (saved) filter's values into the fields. */
  void fill(QueueFilter q, String username) {
    text = q.text();
    status = q.status();
    roundId = q.roundId();
    mineOnly = username.equals(q.assignee());
    assignee = mineOnly ? null : q.assignee();
    minScore = q.minScore();
    minAmount = q.minAmount() == null ? null : q.minAmount().amount();
    maxAmount = q.maxAmount() == null ? null : q.maxAmount().amount();
    industry = q.industry();
    submittedFrom = q.submittedFrom();
    submittedTo = q.submittedTo();
  }

  void clear() {
    text = null;
    status = null;
    roundId = null;
    assignee = null;
    mineOnly = false;
    minScore = null;
    minAmount = null;
    maxAmount = null;
    industry = null;
    submittedFrom = null;
    submittedTo = null;
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }

  public boolean isMineOnly() {
    return mineOnly;
  }

  public void setMineOnly(boolean mineOnly) {
    this.mineOnly = mineOnly;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public BigDecimal getMinScore() {
    return minScore;
  }

  public void setMinScore(BigDecimal minScore) {
    this.minScore = minScore;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(BigDecimal minAmount) {
    this.minAmount = minAmount;
  }

  public BigDecimal getMaxAmount() {
    return maxAmount;
  }

  public void setMaxAmount(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public LocalDate getSubmittedFrom() {
    return submittedFrom;
  }

  public void setSubmittedFrom(LocalDate submittedFrom) {
    this.submittedFrom = submittedFrom;
  }

  public LocalDate getSubmittedTo() {
    return submittedTo;
  }

  public void setSubmittedTo(LocalDate submittedTo) {
    this.submittedTo = submittedTo;
  }
}
