package no.biogrants.casework.web;

import java.io.Serializable;
import java.time.LocalDate;
import no.biogrants.casework.appeal.AppealChannel;
import no.biogrants.casework.appeal.AppealOutcome;

/** What the county's appeal page's forms hold between requests. Dates start at today. */
public class AppealInput implements Serializable {

  private AppealChannel channel;
  private LocalDate receivedOn;
  private String grounds;
  private String reason;
  private LocalDate forwardedOn;
  private String statement;
  private AppealOutcome bodyOutcome;
  private LocalDate bodyDecidedOn;
  private String caseNumber;
  private String summary;
  private String note;

  void startAt(LocalDate today) {
    receivedOn = receivedOn == null ? today : receivedOn;
    forwardedOn = forwardedOn == null ? today : forwardedOn;
    bodyDecidedOn = bodyDecidedOn == null ? today : bodyDecidedOn;
  }

  public AppealChannel getChannel() {
    return channel;
  }

  public void setChannel(AppealChannel channel) {
    this.channel = channel;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getForwardedOn() {
    return forwardedOn;
  }

  public void setForwardedOn(LocalDate forwardedOn) {
    this.forwardedOn = forwardedOn;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public AppealOutcome getBodyOutcome() {
    return bodyOutcome;
  }

  public void setBodyOutcome(AppealOutcome bodyOutcome) {
    this.bodyOutcome = bodyOutcome;
  }

  public LocalDate getBodyDecidedOn() {
    return bodyDecidedOn;
  }

  public void setBodyDecidedOn(LocalDate bodyDecidedOn) {
    this.bodyDecidedOn = bodyDecidedOn;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
