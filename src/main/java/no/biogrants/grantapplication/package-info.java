/**
 * Applications (søknader) and their life.
 *
 * <ul>
 *   <li>Status flow (design §3): DRAFT → SUBMITTED → IN_REVIEW ⇄ AWAITING_APPLICANT → RECOMMENDED →
 *       GRANTED | PARTIALLY_GRANTED | REJECTED | DISMISSED → ACCEPTED → IN_PROGRESS →
 *       FINAL_REPORTED → CLOSED, with WITHDRAWN, APPEALED, CANCELLED and RECLAIMED on the side.
 *       The allowed moves are one table, {@link no.biogrants.grantapplication.StatusTransitions};
 *       every move appends a status_change row (from, to, who, when, reason) and an audit line.
 *   <li>The application has five parts ({@link no.biogrants.grantapplication.ApplicationPart}), the
 *       steps of the form: about (title, description, purpose, the restructuring, the training
 *       period), the training plan (what, internal/external, hours, weeks, participants, of whom
 *       laid off and apprentices), costs and financing (cost lines a–f, wage cost = hours ×
 *       annual salary × the scheme's factor 0.83 ‰, capped; amount applied for; own contribution;
 *       other public funding), earlier de minimis aid, and the training committee with the
 *       attachments. Every step saves the whole draft.
 *   <li>Only a DRAFT is edited freely. While a question is open (AWAITING_APPLICANT) the applicant
 *       may change only the parts the question names; the changes go in with the answer, every
 *       other field keeps its submitted value ({@link no.biogrants.grantapplication.ApplicationParts}).
 *   <li>Rules ({@link no.biogrants.grantapplication.ApplicationRules}), shown live next to their
 *       field and checked again at submission; hard rules stop the submission, soft rules are
 *       warnings the caseworker decides at the matching gate (and may override with a reason):
 *       <ul>
 *         <li>R1 the cost plan has eligible costs above zero;
 *         <li>R2 training costs (a–e) at least 1/3 of eligible costs, i.e. wages (f) at most 2/3,
 *             compared exactly as 3 × training ≥ eligible;
 *         <li>R3 the amount applied for is above zero; R4 not above the maximum grant (aid
 *             intensity × eligible costs, capped by the company ceiling, whole kroner down);
 *         <li>R5 training start and end are given; R6 the training has not started before the
 *             application is sent; R7 it does not end before it starts; R8 it ends within the
 *             scheme's months (18) of its start;
 *         <li>R9 the training plan has a line; R10 no line has more weeks than the scheme allows per
 *             participant (26); R11 laid-off staff and apprentices are among the participants;
 *         <li>R12 (soft) earlier de minimis aid in the current and two previous fiscal years plus
 *             this application stay within the ceiling (EUR 300 000 at the scheme's EUR/NOK rate:
 *             the caseworker may choose GBER art. 31 instead); R13 declared aid outside those three
 *             years is refused as a declaration;
 *         <li>R14 (soft) 1–250 employees; R15 (soft) business address in the round's county; R16
 *             (soft) not the public sector, not a sole proprietorship without employees;
 *         <li>R17 the training committee names a management and an employee representative; R18
 *             the restructuring is described;
 *         <li>R19 (soft) the training plan and the annual accounts are attached as PDF (shown on
 *             the form; the caseworker asks for what is missing).
 *       </ul>
 *   <li>Submitting needs an open round (deadline inclusive; rolling rounds have none). A refused
 *       submission lists every hard rule broken ({@link
 *       no.biogrants.grantapplication.ApplicationRulesBroken}) and changes nothing.
 *   <li>The reference YYYY-NNNN is given at submission, numbered per county and submission year
 *       from a locked counter row. The company gets a receipt page and a PDF receipt.
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
