/**
 * Applications (søknader) and their life.
 *
 * <ul>
 *   <li>Status flow (design §3): DRAFT → SUBMITTED → IN_REVIEW ⇄ AWAITING_APPLICANT → RECOMMENDED →
 *       GRANTED | PARTIALLY_GRANTED | REJECTED | DISMISSED → ACCEPTED → IN_PROGRESS →
 *       FINAL_REPORTED → CLOSED, with WITHDRAWN, APPEALED, CANCELLED and RECLAIMED on the side. The
 *       allowed moves are one table, {@link no.biogrants.grantapplication.StatusTransitions}; every
 *       move appends a status_change row (from, to, who, when, reason) and an audit line.
 *   <li>The application has five parts ({@link no.biogrants.grantapplication.ApplicationPart}), the
 *       steps of the form: about (title, description, purpose, the restructuring, the training
 *       period), the training plan (what, internal/external, hours, weeks, participants, of whom
 *       laid off and apprentices), costs and financing (cost lines a–f, wage cost = hours × annual
 *       salary × the scheme's factor 0.83 ‰, capped; amount applied for; own contribution; other
 *       public funding), earlier de minimis aid, and the training committee with the attachments.
 *       Every step saves the whole draft.
 *   <li>Only a DRAFT is edited freely. While a question is open (AWAITING_APPLICANT) the applicant
 *       may change only the parts the question names; the changes go in with the answer, every
 *       other field keeps its submitted value ({@link
 *       no.biogrants.grantapplication.ApplicationParts}).
 *   <li>Rules ({@link no.biogrants.grantapplication.ApplicationRules}), shown live next to their
 *       field and checked again at submission; hard rules stop the submission, soft rules are
 *       warnings the caseworker decides at the matching gate (and may override with a reason).
 *       Users see each by its code without the prefix (APP-R1 as "R1": on the form, in the case's
 *       side panel, in the API's {@code brokenRules}):
 *       <ul>
 *         <li><b>APP-R1</b> the cost plan has eligible costs above zero;
 *         <li><b>APP-R2</b> training costs (a–e) at least 1/3 of eligible costs, i.e. wages (f) at
 *             most 2/3, compared exactly as 3 × training ≥ eligible;
 *         <li><b>APP-R3</b> the amount applied for is above zero; <b>APP-R4</b> not above the
 *             maximum grant (aid intensity × eligible costs, capped by the company ceiling, whole
 *             kroner down);
 *         <li><b>APP-R5</b> training start and end are given; <b>APP-R6</b> the training has not
 *             started before the application is sent; <b>APP-R7</b> it does not end before it
 *             starts; <b>APP-R8</b> it ends within the scheme's months (18) of its start;
 *         <li><b>APP-R9</b> the training plan has a line; <b>APP-R10</b> no line has more weeks
 *             than the scheme allows per participant (26); <b>APP-R11</b> laid-off staff and
 *             apprentices are among the participants;
 *         <li><b>APP-R12</b> (soft) earlier de minimis aid in the current and two previous fiscal
 *             years plus this application stay within the ceiling (EUR 300 000 at the scheme's
 *             EUR/NOK rate: the caseworker may choose GBER art. 31 instead); <b>APP-R13</b>
 *             declared aid outside those three years is refused as a declaration;
 *         <li><b>APP-R14</b> (soft) 1–250 employees; <b>APP-R15</b> (soft) business address in the
 *             round's county; <b>APP-R16</b> (soft) not the public sector, not a sole
 *             proprietorship without employees;
 *         <li><b>APP-R17</b> the training committee names a management and an employee
 *             representative; <b>APP-R18</b> the restructuring is described;
 *         <li><b>APP-R19</b> (soft) the training plan and the annual accounts are attached as PDF
 *             (shown on the form; the caseworker asks for what is missing).
 *       </ul>
 *   <li>Submitting needs an open round (deadline inclusive; rolling rounds have none). A refused
 *       submission lists every hard rule broken ({@link
 *       no.biogrants.grantapplication.ApplicationRulesBroken}) and changes nothing.
 *   <li><b>APP-N1</b> The reference YYYY-NNNN is given at submission, numbered per county and
 *       submission year from a locked counter row. The year is the year the application was
 *       received, as the case year (saksår) of the county's archive is, not the round's year: a
 *       rolling "BIO 2020" round still open in 2026 gives 2026-NNNN, and a case keeps its number
 *       when it is moved to another round. The receipt page and the PDF receipt say so.
 *   <li>The company's name, org number, NACE code, size, legal form and county are copied onto the
 *       application when the draft is created (the snapshot the rules and gates read).
 *   <li>A user sees and acts only on applications of companies they represent.
 *   <li>Entities carry {@code @Version}: a form saved from a stale page gets the conflict message,
 *       not a lost update.
 * </ul>
 *
 * <p>Dependencies: applicant, scheme, attachment, document ← grantapplication ← assessment ←
 * casework ← payment. The application form and the API use nothing above: an info request's
 * questions and the applicant's answer are here ({@link no.biogrants.grantapplication.InfoRequest},
 * {@link no.biogrants.grantapplication.InfoRequestAnswers}), the caseworker asks in {@code
 * casework.InfoRequests}; the receipt is drawn by {@code document}.
 */
package no.biogrants.grantapplication;
