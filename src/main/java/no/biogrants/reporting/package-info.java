/**
 * Reports for policy analysts.
 *
 * <ul>
 *   <li>Reports aggregate in SQL (GROUP BY), never by summing entities in Java.
 *   <li>"Applied for" counts applications that are submitted and not withdrawn or dismissed;
 *       "granted" is the money committed on budget lines for them (COMMITMENT ledger entries).
 *   <li>The year of a report is the year of the application's scheme.
 *   <li>A county analyst sees only their county; a national analyst (no county) sees all.
 *   <li>Workbooks ({@code export}) write numbers as numeric cells in a NOK format
 *       ({@code #,##0.00 "kr"}), freeze the header, set an auto-filter, total with SUM formulas, and
 *       add a sheet with the filters, the time of extraction and the meaning of each column.
 * </ul>
 */
package no.biogrants.reporting;
