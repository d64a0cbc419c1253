package no.biogrants.it.pages;

import java.math.BigDecimal;
import no.biogrants.it.Browser;
import org.openqa.selenium.By;

/**
 * Page object of the case page, {@code /casework/case.xhtml}: the one test class that holds the
 * client ids of its forms (impartiality, gate override, question to the applicant, assignment,
 * score sheet, recommendation, decision; as constants for tests that post to them) and the actions
 * a test does on it in the browser (declare, fill the score sheet, recommend, ask, decide). The
 * application form has its own: {@link ApplicationScreen}.
 */
public final class CaseScreen {

  public static final String IMPARTIALITY_FORM = "impartialityForm";
  public static final String IMPARTIAL = IMPARTIALITY_FORM + ":impartial";
  public static final String CONFLICTED = IMPARTIALITY_FORM + ":conflicted";
  public static final String CONFLICT_REASON = IMPARTIALITY_FORM + ":conflictReason";

  public static final String GATE_FORM = "gateForm";
  public static final String OVERRIDE = GATE_FORM + ":override";
  public static final String OVERRIDE_REASON = GATE_FORM + ":overrideReason";

  public static final String INFO_FORM = "infoForm";
  public static final String QUESTION = INFO_FORM + ":question";
  public static final String QUESTION_DEADLINE = INFO_FORM + ":questionDeadline";
  public static final String ASK = INFO_FORM + ":ask";

  public static final String ASSIGN_FORM = "assignForm";
  public static final String ASSIGN_TO = ASSIGN_FORM + ":assignTo";
  public static final String ASSIGN = ASSIGN_FORM + ":assign";

  public static final String SCORE_FORM = "scoreForm";
  public static final String SAVE_SCORE = SCORE_FORM + ":saveScore";

  public static final String RECOMMEND_FORM = "recommendForm";
  public static final String RECOMMEND_AMOUNT = RECOMMEND_FORM + ":amount";
  public static final String RECOMMEND = RECOMMEND_FORM + ":recommend";

  public static final String DECISION_FORM = "decisionForm";
  public static final String REASONS = DECISION_FORM + ":reasons";
  public static final String COMMITTEE_CASE = DECISION_FORM + ":committeeCase";
  public static final String GRANT = DECISION_FORM + ":grant";
  public static final String REJECT = DECISION_FORM + ":reject";

  private final Browser browser;

  /** The case page as the browser shows it (open it first, e.g. with {@link #open}). */
  public CaseScreen(Browser browser) {
    this.browser = browser;
  }

  /** The path of the case page of the application. */
  public static String path(Object applicationId) {
    return "/casework/case.xhtml?id=" + applicationId;
  }

  /** The score field of the rubric's criterion (0 first) on the score sheet. */
  public static String score(int criterion) {
    return SCORE_FORM + ":criteria:" + criterion + ":score";
  }

  /** The justification field of the rubric's criterion (0 first) on the score sheet. */
  public static String justification(int criterion) {
    return SCORE_FORM + ":criteria:" + criterion + ":justification";
  }

  /** Opens the case page of the application. */
  public void open(Object applicationId) {
    browser.open(path(applicationId));
  }

  /** The user declares themselves impartial on the case. */
  public void declareImpartial() {
    browser.clickAndWaitForPage(IMPARTIAL);
  }

  /** Whether the page shows the score sheet (only to a caseworker who has declared). */
  public boolean showsScoreSheet() {
    return !browser.driver().findElements(By.id(SCORE_FORM)).isEmpty();
  }

  /** Fills the first {@code criteria} criteria of the score sheet with the score and reason. */
  public void fillScoreSheet(int criteria, String score, String why) {
    for (int i = 0; i < criteria; i++) {
      browser.select(score(i), score);
      browser.type(justification(i), why);
    }
  }

  /** Saves the score sheet. */
  public void saveScore() {
    browser.clickAndWaitForPage(SAVE_SCORE);
  }

  /** The amount the recommendation form proposes. */
  public BigDecimal recommendedAmount() {
    return Browser.money(
        browser.byId(ApplicationScreen.input(RECOMMEND_AMOUNT)).getAttribute("value"));
  }

  /** Recommends the case at the amount the form proposes. */
  public void recommend() {
    browser.clickAndWaitForPage(RECOMMEND);
  }

  /** Asks the applicant the question, to be answered by the deadline (dd.MM.yyyy). */
  public void ask(String question, String deadline) {
    browser.type(QUESTION, question);
    browser.typeDate(QUESTION_DEADLINE, deadline);
    browser.clickAndWaitForPage(ASK);
  }

  /** The approver grants the case with the reasons. */
  public void grant(String reasons) {
    browser.type(REASONS, reasons);
    browser.clickAndWaitForPage(GRANT);
  }

  /** The approver rejects the case with the reasons. */
  public void reject(String reasons) {
    browser.type(REASONS, reasons);
    browser.clickAndWaitForPage(REJECT);
  }
}
