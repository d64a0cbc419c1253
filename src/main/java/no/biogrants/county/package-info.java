/**
 * The county register: the 11 counties of 2020-2023 (reference data in the migrations) and their
 * inhabitants per year, which the per-inhabitant allocation key divides by. The 2020 split uses the
 * newest population figures not later than the allocation year, falling back to the oldest we hold
 * (our sources publish only the figures used for the 2021 key).
 */
package no.biogrants.county;
