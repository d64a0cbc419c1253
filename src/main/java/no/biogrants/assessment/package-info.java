/**
 * Assessment: scoring and recommendation (innstilling).
 *
 * <ul>
 *   <li><b>ASS-I1</b> Impartiality (forvaltningsloven § 6): before seeing a case's content or
 *       acting on it, each caseworker and approver declares once whether they are disqualified; the
 *       answer is never changed, a declared conflict bars them from the case for good, and the case
 *       lists who declared what ({@link no.biogrants.assessment.Impartiality}).
 *   <li><b>ASS-G1</b> Gates ({@link no.biogrants.assessment.Gates}): valid org number; 1-250
 *       employees; business address in the round's county; not public sector and not a sole
 *       proprietorship without employees; cost rules; amount within intensity and ceiling;
 *       submitted by the deadline. Each is shown with its inputs. A caseworker may override a
 *       failed gate only with a written reason, kept for good; a recommendation needs every gate
 *       passed or overridden.
 *   <li><b>ASS-S1</b> Only a caseworker of the application's county scores and recommends.
 *   <li><b>ASS-S2</b> Every criterion of the round's rubric gets a score 1-5 and a justification; a
 *       sheet missing one is refused. Weighted score = Σ weight × (score − 1) / 4, 0-100, HALF_UP
 *       to two decimals ({@link no.biogrants.assessment.Scoring}).
 *   <li><b>ASS-S3</b> Scores are never overwritten: each scoring is a new sheet; the newest is
 *       current and is copied to the application for sorting.
 *   <li><b>ASS-S4</b> A second caseworker may score independently. When the newest scores of two
 *       caseworkers differ by more than {@code bio.scoring.moderation-margin} points (default 15),
 *       the case shows it and cannot be recommended until a moderated score is saved.
 *   <li><b>ASS-S5</b> The first scoring takes a SUBMITTED application into IN_REVIEW.
 *   <li><b>ASS-R1</b> A recommendation needs a score, is above zero and not above the maximum the
 *       rules allow (rule SCH-S1), and draws on the round's budget line. It moves the application
 *       to RECOMMENDED.
 *   <li><b>ASS-R2</b> It names the state-aid basis (de minimis or GBER art. 31) and the conditions:
 *       the form starts with the county's library ({@link
 *       no.biogrants.assessment.ConditionLibrary}: national templates plus the county's own; the de
 *       minimis condition only for de minimis), and the caseworker rewords, leaves out or adds; at
 *       most 30, each at most 1000 characters. The recommendation keeps its own copy, so changing
 *       the library never changes a decision.
 *   <li><b>ASS-F1</b> Funding line ({@link no.biogrants.assessment.FundingLine}): the round's
 *       undecided, scored applications ranked by score (ties: submitted first), each at its
 *       recommended amount or else its request capped by the rules × the what-if percentage
 *       (rounded down to whole kroner), summed against the money the round's line has left (± the
 *       what-if money). The first that does not fit draws the line; it and all below are the
 *       reserve list. A what-if books nothing; "recommend all above the line" recommends the scored
 *       ones the caseworker has declared themselves impartial on.
 * </ul>
 */
package no.biogrants.assessment;
