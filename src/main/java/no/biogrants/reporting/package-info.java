/**
 * Reports for policy analysts: spending, oversubscription and fund purposes by any dimension, the
 * cases behind them, and their exports (issue #6, design §7).
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>REP-R1</b> Reports aggregate in SQL (GROUP BY over indexed columns, {@link
 *       no.biogrants.reporting.ApplicationFigures}), never by loading entities into Java to sum
 *       them. Only what SQL cannot say simply is done in small pure classes: NACE divisions folded
 *       into sections ({@link no.biogrants.reporting.NaceSections}), quarters merged from the
 *       applications' and the ledger's side ({@link no.biogrants.reporting.SpendingTable}),
 *       oversubscription totals ({@link no.biogrants.reporting.OversubscriptionTable}).
 *   <li><b>REP-R2</b> Analysts only. A county analyst sees only their county: their filter is
 *       narrowed to it, and asking for another county is refused (403 in the API). A national
 *       analyst (no county) sees all.
 *   <li><b>REP-R3</b> A report covers the applications that count as applied for: submitted and not
 *       withdrawn or dismissed (drafts never count). The year is the year of the application's
 *       scheme; the date range is on the day the application was submitted (both days included).
 *   <li><b>REP-R4</b> Totals are the sums of the rows, except oversubscription's: applied ÷
 *       available over the total, with a budget line shared by several rounds counted once.
 *   <li><b>REP-R5</b> The case list is read in windows of 5000 consecutive ids (keyset on the
 *       primary key) ({@link no.biogrants.reporting.CasePages}) and written as it is read (xlsx
 *       through SXSSF with 100 rows in memory, csv and JSON row by row), so a million cases fit in
 *       a small heap. The exports read the next window while they write the current one ({@link
 *       no.biogrants.reporting.CaseListReader}: a virtual thread in the caller's context, so at
 *       most two windows are in memory).
 *   <li><b>REP-R6</b> Workbooks write numbers as numeric cells (NOK {@code #,##0.00 "kr"}, counts
 *       {@code #,##0}, ratios {@code 0.0%}), freeze the header, set an auto-filter, total with SUM
 *       formulas, and add a sheet with the report, the filters, the time of extraction and the
 *       definition of each column. Csv is UTF-8 with a BOM, semicolons and decimal commas, no
 *       totals row; a text starting with = + - @ gets a leading apostrophe.
 *   <li><b>REP-R7</b> Large case-list exports run in the background on the container's default
 *       managed executor, at most three at a time per user; a job and its file belong to the user
 *       who started it and are forgotten an hour after it started.
 *   <li><b>REP-R8</b> A spending report can be grouped by two dimensions ({@link
 *       no.biogrants.reporting.Grouping}, {@code groupBy=purpose,county}): a row per pair of keys
 *       that has applications (pairs without any are left out, not shown as zeros), in the order of
 *       the first key and then the second; the two must differ. The total is the same as by either
 *       dimension alone. Quarters and industries fold and merge per pair. Oversubscription takes
 *       one dimension (its money is per county, round or line).
 * </ul>
 *
 * <h2>Measures (where each comes from)</h2>
 *
 * <ul>
 *   <li><b>M1 applications</b>: the number of applications (REP-R3).
 *   <li><b>M2 applied</b>: {@code grant_application.amount_applied}.
 *   <li><b>M3 recommended</b>: the amount of the newest {@code recommendation} of the application.
 *   <li><b>M4 granted</b>: the amount of the newest {@code decision} when its outcome is GRANTED or
 *       PARTIALLY_GRANTED, else 0 (a decision reversed on appeal is replaced by the newer one).
 *   <li><b>M5-M8 committed, disbursed, released, reclaimed</b>: the sums of the application's
 *       {@code ledger_entry} rows of type COMMITMENT, DISBURSEMENT, RELEASE, RECLAIM (reversals are
 *       entries of the same type with the opposite amount, so the sums are net of them).
 *   <li><b>M9 participants</b>: Σ participants over the application's training plan lines.
 *   <li><b>M10 training hours</b>: Σ hours × participants over the plan lines (participant hours).
 *   <li><b>available</b> (oversubscription): Σ allocated + transferred of the year's budget lines
 *       whose allocation may fund BIO; for a round, its line's.
 *   <li><b>oversubscription</b>: applied ÷ available, two decimals HALF_UP; none (null) when
 *       nothing is available.
 *   <li><b>fund purposes</b> (per budget line): money committed net (COMMITMENT − RELEASE −
 *       RECLAIM) to BIO grants (entries with an application), to upper secondary education and to
 *       other measures (entries with a {@code measure} of that purpose).
 * </ul>
 *
 * <h2>Dimensions (groupBy)</h2>
 *
 * {@code year} (scheme year), {@code county} (the application's county), {@code budgetLine} (the
 * round's line), {@code source} (the line's allocation), {@code purpose} (training purpose), {@code
 * industry} (NACE section A-U from the first two digits of the NACE code the company had when
 * applying; "?" when the division does not exist), {@code sizeBand} (employees when applying: 0,
 * 1-9, 10-49, 50-99, 100-250, 251+), {@code round}, {@code quarter} ("2020-Q3": applications by the
 * quarter they were submitted, ledger money by the quarter it was booked), {@code status}, {@code
 * stateAidBasis} (the newest decision's basis, NONE before a decision).
 *
 * <h2>Report columns (stable; csv header = JSON field names)</h2>
 *
 * <ul>
 *   <li>Spending: {@code <groupBy>} (label), {@code key}, by two dimensions then the second's label
 *       and {@code key2}, then {@code applications, applied, recommended, granted, committed,
 *       disbursed, released, reclaimed, participants, trainingHours} (the page's downloads give the
 *       measures chosen, in this order).
 *   <li>Oversubscription: {@code <groupBy>, key, applications, applied, granted, committed,
 *       available, oversubscriptionRatio}.
 *   <li>Fund purposes: {@code budgetLine, key, flexible, money, bio, upperSecondary, otherMeasures,
 *       used, bioShare}.
 *   <li>Cases: {@code reference, id, county, round, budgetLineId, company, orgNumber, naceCode,
 *       industry, employees, sizeBand, purpose, status, submittedAt, stateAidBasis, applied,
 *       recommended, granted, committed, disbursed, released, reclaimed, participants,
 *       trainingHours}.
 * </ul>
 *
 * Out of scope: reports across several years in one table (run one per year), nynorsk texts.
 */
package no.biogrants.reporting;
