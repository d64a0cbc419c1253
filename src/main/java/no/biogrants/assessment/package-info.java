/**
 * Assessment: scoring and recommendation (innstilling).
 *
 * <ul>
 *   <li>Only a caseworker of the application's county scores and recommends.
 *   <li>Every criterion of the round's rubric gets a score 1-5 and a justification; a sheet missing
 *       one is refused. Weighted score = Σ weight × (score − 1) / 4, 0-100, HALF_UP to two
 *       decimals ({@link no.biogrants.assessment.Scoring}).
 *   <li>Scores are never overwritten: each scoring is a new sheet; the newest is current and is
 *       copied to the application for sorting.
 *   <li>The first scoring takes a SUBMITTED application into IN_REVIEW.
 *   <li>A recommendation needs a score, is above zero and not above the maximum the rules allow,
 *       and draws on the round's budget line. It moves the application to RECOMMENDED.
 * </ul>
 */
package no.biogrants.assessment;
