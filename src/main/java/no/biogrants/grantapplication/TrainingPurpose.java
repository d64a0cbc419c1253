package no.biogrants.grantapplication;

/** What the training is for (design §7), a dimension of the analysts' reports. */
public enum TrainingPurpose {
  DIGITAL,
  GREEN_TRANSITION,
  PRODUCTION_RESTRUCTURING,
  NEW_MARKETS,
  HEALTH_SAFETY,
  LANGUAGE,
  OTHER
}
