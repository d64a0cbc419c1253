/**
 * Schemes (støtteordninger), rounds (søknadsrunder) and their rules.
 *
 * <ul>
 *   <li>A scheme belongs to one county and year and holds the rules: aid intensity (default 50 %),
 *       ceiling per company (default 700 000 NOK), delegation limit (default 500 000 NOK), part
 *       payment share (default 75 %).
 *   <li><b>SCH-S1</b> Maximum grant = min(aid intensity × eligible costs, company ceiling), rounded
 *       DOWN to whole kroner.
 *   <li><b>SCH-S2</b> A round is open from its opening date through its deadline (inclusive), or
 *       from its opening date on when rolling. It draws on one budget line.
 *   <li><b>SCH-S3</b> A round's rubric: criteria with weights in whole percent, each above zero,
 *       that sum to 100, each scored 1-5 ({@link no.biogrants.assessment.Scoring} refuses any
 *       other). Defaults (design §4): restructuring need 25, relevance 20, plan and provider 20,
 *       feasibility and finances 15, priority groups 10, cost per participant 10.
 * </ul>
 */
package no.biogrants.scheme;
