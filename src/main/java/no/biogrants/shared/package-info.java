/**
 * Value types every feature speaks in.
 *
 * <ul>
 *   <li><b>Money</b>: NOK as BigDecimal at scale 2, stored as DECIMAL(19,2). Never double. Amounts
 *       with more than two decimals are refused, not rounded. Rounding only where a rule names it:
 *       granted amounts round DOWN to whole kroner; shares and payments HALF_UP to the øre; where
 *       parts must add up, the last part is the remainder.
 *   <li><b>Rate</b>: a share at full precision (aid intensity 0.5, wage factor 0.00083).
 *   <li><b>OrganisationNumber</b>: nine digits with a MOD11 check digit (weights 3 2 7 6 5 4 3 2;
 *       remainder 1 is invalid). Invalid numbers are refused with message key {@code
 *       validation.orgnr.invalid}.
 *   <li><b>Clock</b>: the only source of now, zone Europe/Oslo.
 *   <li><b>BusinessException</b>: a rule said no; carries a bundle key, rolls back the transaction.
 *       <b>AccessDeniedException</b>: the actor may not see or do this (wrong role, county or
 *       company); every feature's services refuse with it.
 *   <li><b>FreeText</b>: free text without invisible format and control characters (rule INF-W8).
 * </ul>
 *
 * <p>Dependencies: every feature may use shared, and shared uses no other feature.
 */
package no.biogrants.shared;
