package no.biogrants.reporting;

import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.shared.Money;

/**
 * Spending for one training purpose: applications counted as applied (submitted, not withdrawn or
 * dismissed), the amount they applied for, and the amount granted (committed on budget lines).
 */
public record SpendingByPurposeRow(
    TrainingPurpose purpose, long applications, Money applied, Money granted) {}
