package no.biogrants.assessment;

/** A caseworker's input for one criterion: the score and the justification. */
public record CriterionInput(Long criterionId, Integer score, String justification) {}
