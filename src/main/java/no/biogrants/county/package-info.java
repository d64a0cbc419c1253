/**
 * The county register: the 11 counties of 2020-2023 (reference data in the migrations) and their
 * inhabitants per year, which the per-inhabitant allocation key divides by.
 *
 * <ul>
 *   <li><b>CTY-P1</b> The inhabitants in force for a year are those of the newest population year
 *       not after it, falling back to the oldest we hold (our sources publish only the figures used
 *       for the 2021 key). Whoever reads them is told which year they were published for, and when
 *       the year asked for has none of its own ({@link no.biogrants.county.PublishedInhabitants}).
 * </ul>
 */
package no.biogrants.county;
