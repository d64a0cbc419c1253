/**
 * Assessment: scoring and recommendation (innstilling).
 *
 * <ul>
 *   <li>Impartiality (forvaltningsloven § 6): before seeing a case's content or acting on it, each
 *       caseworker and approver declares once whether they are disqualified; the answer is never
 *       changed, a declared conflict bars them from the case for good, and the case lists who
 *       declared what ({@link no.biogrants.assessment.Impartiality}).
 *   <li>Gates ({@link no.biogrants.assessment.Gates}): valid org number; 1-250 employees; business
 *       address in the round's county; not public sector and not a sole proprietorship without
 *       employees; cost rules; amount within intensity and ceiling; submitted by the deadline. Each
 *       is shown with its inputs. A caseworker may override a failed gate only with a written
 *       reason, kept for good; a recommendation needs every gate passed or overridden.
 *   <li>Only a caseworker of the application's county scores and recommends.
 *   <li>Every criterion of the round's rubric gets a score 1-5 and a justification; a sheet missing
 *       one is refused. Weighted score = Σ weight × (score − 1) / 4, 0-100, HALF_UP to two
 *       decimals ({@link no.biogrants.assessment.Scoring}).
 *   <li>Scores are never overwritten: each scoring is a new sheet; the newest is current and is
 *       copied to the application for sorting.
 *   <li>A second caseworker may score independently. When the newest scores of two caseworkers
 *       differ by more than {@code bio.scoring.moderation-margin} points (default 15), the case
 *       shows it and cannot be recommended until a moderated score is saved.
 *   <li>The first scoring takes a SUBMITTED application into IN_REVIEW.
 *   <li>A recommendation needs a score, is above zero and not above the maximum the rules allow,
 *       and draws on the round's budget line. It moves the application to RECOMMENDED.
 *   <li>It names the state-aid basis (de minimis or GBER art. 31) and the conditions: the form
 *       starts with the county's library ({@link no.biogrants.assessment.ConditionLibrary}:
 *       national templates plus the county's own; the de minimis condition only for de minimis),
 *       and the caseworker rewords, leaves out or adds; at most 30, each at most 1000 characters.
 *       The recommendation keeps its own copy, so changing the library never changes a decision.
 *   <li>Funding line ({@link no.biogrants.assessment.FundingLine}): the round's undecided, scored
 *       applications ranked by score (ties: submitted first), each at its recommended amount or
 *       else its request capped by the rules × the what-if percentage (rounded down to whole
 *       kroner), summed against the money the round's line has left (± the what-if money). The
 *       first that does not fit draws the line; it and all below are the reserve list. A what-if
 *       books nothing; "recommend all above the line" recommends the scored ones the caseworker has
 *       declared themselves impartial on.
 * </ul>
 */
package no.biogrants.assessment;
