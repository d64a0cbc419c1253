package no.biogrants.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.biogrants.assessment.Assessments;
import no.biogrants.assessment.Recommendation;
import no.biogrants.assessment.ScoreSheet;
import no.biogrants.audit.AuditLog;
import no.biogrants.casework.letter.DecisionLetterDocx;
import no.biogrants.casework.letter.DecisionLetterPdf;
import no.biogrants.casework.letter.LetterContent;
import no.biogrants.county.Counties;
import no.biogrants.document.FileFormat;
import no.biogrants.grantapplication.GrantApplication;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import no.biogrants.identity.Users;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.scheme.RubricCriterion;
import no.biogrants.scheme.Scheme;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.AccessDeniedException;
import no.biogrants.shared.Money;
import no.biogrants.shared.MoneyFormat;

/**
 * The decision letter (vedtaksbrev) of a decision, as .docx and PDF. The letter is made from the
 * decision as it was made (the decision date is the letter's date, so making it again gives the
 * same text), stored with the case the first time it is asked for, and from then on served from the
 * store exactly as stored (with its SHA-256). The company of the application and the county's
 * caseworkers and approvers may read it.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_ROLE, Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE})
public class DecisionLetters {

  /** Days from the decision date to the appeal deadline: three weeks (fvl § 29). */
  public static final int APPEAL_DAYS = 21;

  private static final Locale BOKMAL = MoneyFormat.NORWEGIAN;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Assessments assessments;
  @Inject private Counties counties;
  @Inject private Users users;
  @Inject private AuditLog audit;

  /** The stored letter (made and stored now if it is the first request), after checking access. */
  public StoredLetter letter(Actor actor, Long decisionId, FileFormat format) {
    Decision decision = em.find(Decision.class, decisionId);
    AccessDeniedException.unless(decision != null);
    GrantApplication application = em.find(GrantApplication.class, decision.getApplicationId());
    boolean company =
        actor.has(Role.APPLICANT) && application.getCompany().isRepresentedBy(actor.userId());
    boolean county =
        (actor.has(Role.CASEWORKER) || actor.has(Role.APPROVER))
            && actor.worksIn(application.getCountyCode());
    AccessDeniedException.unless(company || county);
    StoredLetter letter =
        stored(decisionId, format).orElseGet(() -> store(decision, application, format));
    audit.record(
        actor.username(), "LETTER_READ", "Decision", decisionId, format + " " + letter.getSha256());
    return letter;
  }

  /** What the letter says, from the decision, its recommendation, the score and the scheme. */
  public LetterContent contentOf(Decision decision, GrantApplication application) {
    Scheme scheme = application.getRound().getScheme();
    LocalDate decided = LocalDate.ofInstant(decision.getDecidedAt(), clock.getZone());
    Optional<Recommendation> recommendation =
        decision.getRecommendationId() == null
            ? Optional.empty()
            : Optional.ofNullable(em.find(Recommendation.class, decision.getRecommendationId()));
    Optional<ScoreSheet> sheet = assessments.scoreHistory(application.getId()).stream().findFirst();
    String countyName = counties.byCode(application.getCountyCode()).getName();
    return new LetterContent(
        countyName + " fylkeskommune",
        "fylkeskommunens klagenemnd",
        application.getAssignee() == null
            ? "Saksbehandler i " + countyName + " fylkeskommune"
            : nameOf(application.getAssignee()),
        decided,
        application.getReference(),
        application.getCompanyName(),
        application.getOrgNumber().formatted(),
        application.getTitle(),
        decision.getOutcome(),
        scheme.getName(),
        scheme.getYear(),
        application.getAmountApplied(),
        decision.isGrant() ? decision.getAmount() : null,
        application.costPlan().eligibleCosts(),
        scheme.getAidIntensity().percent(),
        rulesApplied(scheme, countyName),
        facts(application, decided),
        decision.getReasons(),
        sheet.map(ScoreSheet::getTotal).orElse(null),
        sheet.map(s -> scoreLines(s, application.getRound().getRubric())).orElse(List.of()),
        decision.isGrant()
            ? Messages.text(BOKMAL, "StateAidBasis." + stateAid(decision).name())
            : null,
        decision.isGrant()
            ? recommendation.map(Recommendation::getConditions).orElse(List.of())
            : List.of(),
        decision.getAcceptanceDeadline(),
        decision.isGrant() ? paymentPlan(decision.getAmount(), scheme) : List.of(),
        decided.plusDays(APPEAL_DAYS),
        decision.isByCommittee() ? "Hovedutvalget" : nameOf(decision.getDecidedBy()),
        decision.getCommitteeCaseNumber());
  }

  /**
   * Part payment of the scheme's share, the rest after the final report: the two sum exactly to the
   * grant.
   */
  static List<LetterContent.Instalment> paymentPlan(Money grant, Scheme scheme) {
    Money part = grant.times(scheme.getPartPaymentShare());
    String share =
        scheme
            .getPartPaymentShare()
            .percent()
            .stripTrailingZeros()
            .toPlainString()
            .replace('.', ',');
    return List.of(
        new LetterContent.Instalment(
            "Delutbetaling, inntil " + share + " % etter dokumenterte kostnader", part),
        new LetterContent.Instalment(
            "Sluttutbetaling etter godkjent sluttrapport og sluttregnskap", grant.minus(part)));
  }

  private StoredLetter store(Decision decision, GrantApplication application, FileFormat format) {
    LetterContent content = contentOf(decision, application);
    byte[] bytes =
        format == FileFormat.DOCX
            ? DecisionLetterDocx.render(content)
            : DecisionLetterPdf.render(content);
    String fileName = "vedtak-" + application.getReference() + "." + format.extension();
    StoredLetter letter =
        new StoredLetter(decision.getId(), format, fileName, bytes, sha256(bytes), clock.instant());
    em.persist(letter);
    em.flush();
    audit.record(
        "system", "LETTER_STORED", "Decision", decision.getId(), format + " " + letter.getSha256());
    return letter;
  }

  private Optional<StoredLetter> stored(Long decisionId, FileFormat format) {
    return em.createNamedQuery("StoredLetter.of", StoredLetter.class)
        .setParameter("decision", decisionId)
        .setParameter("format", format)
        .getResultStream()
        .findFirst();
  }

  private static StateAidBasis stateAid(Decision decision) {
    return decision.getStateAidBasis() == null
        ? StateAidBasis.DE_MINIMIS
        : decision.getStateAidBasis();
  }

  private static List<String> rulesApplied(Scheme scheme, String countyName) {
    return List.of(
        "Retningslinjer for tilskudd til bedriftsintern opplæring (BIO), fastsatt av "
            + countyName
            + " fylkeskommune for "
            + scheme.getYear()
            + " («"
            + scheme.getName()
            + "»)",
        "Tilskuddssatsen er "
            + scheme
                .getAidIntensity()
                .percent()
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',')
            + " % av godkjente kostnader, høyst "
            + MoneyFormat.format(scheme.getCompanyCeiling(), BOKMAL)
            + " per bedrift",
        "Regelverket for offentlig støtte: bagatellmessig støtte etter forordning (EU) 2023/2831 eller gruppeunntaksforordningen (EU) nr. 651/2014 art. 31",
        "Forvaltningsloven, særlig §§ 24–25 om begrunnelse og §§ 28–29 om klage");
  }

  private static List<String> facts(GrantApplication application, LocalDate decided) {
    List<String> facts = new ArrayList<>();
    facts.add(
        application.getCompanyName()
            + " (org.nr. "
            + application.getOrgNumber().formatted()
            + ") har "
            + application.getEmployees()
            + " ansatte, næringskode "
            + application.getNaceCode()
            + ".");
    facts.add(
        "Søknaden «"
            + application.getTitle()
            + "» ble sendt "
            + (application.getSubmittedAt() == null
                ? ""
                : LocalDate.ofInstant(application.getSubmittedAt(), ZoneId.of("Europe/Oslo"))
                    .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
            + " og gjelder "
            + Messages.text(BOKMAL, "TrainingPurpose." + application.getTrainingPurpose().name())
                .toLowerCase(BOKMAL)
            + ".");
    facts.add(
        "Det er søkt om "
            + MoneyFormat.format(application.getAmountApplied(), BOKMAL)
            + " av godkjente kostnader på "
            + MoneyFormat.format(application.costPlan().eligibleCosts(), BOKMAL)
            + ".");
    facts.add(
        "Reglene gir et tilskudd på høyst "
            + MoneyFormat.format(application.maximumGrant(), BOKMAL)
            + " for denne kostnadsplanen.");
    return facts;
  }

  /**
   * The sheet's lines in the rubric's order (never the order the scores happen to be stored in).
   */
  static List<LetterContent.ScoreLine> scoreLines(ScoreSheet sheet, List<RubricCriterion> rubric) {
    return sheet.inRubricOrder(rubric).stream()
        .map(
            s ->
                new LetterContent.ScoreLine(
                    Messages.text(BOKMAL, "criterion." + s.criterion().getCode()),
                    s.criterion().getWeightPercent(),
                    s.score().getScore(),
                    s.score().getJustification()))
        .toList();
  }

  private String nameOf(String username) {
    return users.byUsername(username).map(u -> u.getDisplayName()).orElse(username);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
