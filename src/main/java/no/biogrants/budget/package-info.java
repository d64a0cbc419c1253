/**
 * Allocations, budget lines and the ledger.
 *
 * <ul>
 *   <li><b>BUD-B1</b> Never overcommitted: available = allocated + transferred − committed, never
 *       below zero. A commitment is booked by one conditional {@code UPDATE … WHERE allocated +
 *       transferred − committed >= amount}, which takes the line's row lock and checks the newest
 *       committed figures in one step, so concurrent approvals on a line serialise on its row; it
 *       is the last statement of the decision's transaction, so the lock is held only for it and
 *       the commit (≈ 250 decisions/s on one line here, see DecisionThroughputBenchmarkIT). A CHECK
 *       constraint in the database backs the rule. A commitment the line cannot carry is refused
 *       with message {@code budget.insufficient} naming the line, what is available and what was
 *       asked, and the whole decision rolls back.
 *   <li>Nothing written before the booking references the line by foreign key (ledger entries and
 *       decisions carry the line's id without one): a key check would take a shared lock on the
 *       line's row first and concurrent bookings would deadlock upgrading it.
 *   <li><b>BUD-B2</b> Money moves only through {@link no.biogrants.budget.Ledger}: every movement
 *       is an append-only ledger entry (ALLOCATION, TRANSFER, COMMITMENT, RELEASE, DISBURSEMENT,
 *       RECLAIM, CARRY_OVER) with an audit line, written with the balance row it changes (each
 *       asked for with an amount above zero): an allocation raises allocated, a transfer or
 *       carry-over transferred, a commitment committed; a release or reclaim gives committed money
 *       back to the line, a disbursement pays out of what is committed and leaves available
 *       unchanged.
 *   <li><b>BUD-B3</b> A correction is a reversal: a new entry of the same type with the opposite
 *       amount that names the entry it reverses, with a reason. An entry is reversed at most once,
 *       a reversal is never reversed (book anew instead), and a reversal that would break a rule
 *       (e.g. of an allocation already committed) is refused.
 *   <li><b>BUD-B4</b> Release, disbursement and reclaim belong to a grant or a measure, and what it
 *       has been paid (disbursed net of reclaims) never exceeds what is committed to it (net of
 *       releases and reclaims), nor falls below zero.
 *   <li><b>BUD-B5</b> A transfer moves available money between two different lines of the same
 *       county and year, booked only when a second person approves it; a carry-over moves unspent
 *       money to the county's line of the next year.
 *   <li><b>BUD-B6</b> An allocation is money from a source for a year, with the purposes it may
 *       fund (BIO, UPPER_SECONDARY, OTHER_MEASURE); with more than one purpose it is flexible. A
 *       measure is funded only from a line whose allocation may fund the measure's purpose, so
 *       money earmarked for BIO alone never pays for another measure.
 *   <li><b>BUD-B7</b> The per-inhabitant key ({@link no.biogrants.budget.AllocationKey}) splits an
 *       allocation into whole 1000 NOK per county, so the county lines sum exactly to the amount.
 *       The state's practice, used for the 2020 demo allocations: each share rounded HALF_UP, the
 *       difference on the first county (03 Oslo); it reproduces the published 2021 table exactly.
 *       Largest remainders is the alternative rule.
 *   <li><b>BUD-B8</b> Admins register allocations ({@link no.biogrants.budget.Allocations}) split
 *       per inhabitant (the newest inhabitants not after the year), by fixed shares in percent
 *       (they must cover every county of the year and sum to 100) or by manual amounts (they must
 *       sum exactly to the allocation). The split is previewed before it is booked. A county admin
 *       registers only money for their own county.
 *   <li><b>BUD-B9</b> Oversubscription = amount applied for (submitted, not withdrawn or dismissed,
 *       in rounds of the year's schemes) ÷ money available for BIO (allocated + transferred on the
 *       county's lines of that year that may fund BIO), to two decimals HALF_UP ({@link
 *       no.biogrants.budget.BudgetDashboard}); per line and per round the same ratio against the
 *       line's allocated + transferred money, counting the applications of the rounds that draw on
 *       it.
 * </ul>
 *
 * <p>Dependencies: county, identity, audit, document ← budget ← assessment, casework, payment,
 * reporting. Its Excel exports use {@code document.TableWorkbook}, not reporting.
 */
package no.biogrants.budget;
