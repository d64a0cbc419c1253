package no.biogrants.grantapplication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.biogrants.shared.BusinessException;

/** A question to the applicant with a deadline, and the applicant's answer. */
@Entity
@Table(name = "info_request")
public class InfoRequest {

  public static final int QUESTION_MAXLENGTH = 2000;
  public static final int ANSWER_MAXLENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private Long applicationId;

  @Column(name = "question", nullable = false, updatable = false, length = QUESTION_MAXLENGTH)
  private String question;

  @Column(name = "deadline", nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "asked_by", nullable = false, updatable = false)
  private String askedBy;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "answer", length = ANSWER_MAXLENGTH)
  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** The parts of the application the applicant may change before answering (none: answer only). */
  @jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
  @jakarta.persistence.CollectionTable(
      name = "info_request_part",
      joinColumns = @jakarta.persistence.JoinColumn(name = "info_request_id"))
  @jakarta.persistence.Enumerated(EnumType.STRING)
  @jakarta.persistence.Column(name = "part")
  private Set<ApplicationPart> parts = new HashSet<>();

  @Version private long version;

  protected InfoRequest() {}

  public void open(Set<ApplicationPart> opened) {
    parts = new HashSet<>(opened);
  }

  public Set<ApplicationPart> getParts() {
    return Set.copyOf(parts);
  }

  public InfoRequest(
      Long applicationId, String question, LocalDate deadline, String askedBy, Instant askedAt) {
    this.applicationId = applicationId;
    this.question = question;
    this.deadline = deadline;
    this.askedBy = askedBy;
    this.askedAt = askedAt;
  }

  void answer(String text, String by, Instant at) {
    if (answeredAt != null) {
      throw new BusinessException("info.alreadyAnswered");
    }
    this.answer = text;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  public boolean isOpen() {
    return answeredAt == null;
  }

  public boolean isOverdue(LocalDate today) {
    return isOpen() && today.isAfter(deadline);
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getQuestion() {
    return question;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
