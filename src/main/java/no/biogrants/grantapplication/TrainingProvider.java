package no.biogrants.grantapplication;

/** Who gives a piece of the training: the company's own people or an external provider. */
public enum TrainingProvider {
  INTERNAL,
  EXTERNAL
}
