package no.biogrants.identity;

/**
 * A key just made: the key itself, which is shown to its owner this once and never stored, and the
 * stored record of it (label, created, only the hash).
 */
public record NewApiKey(String key, ApiKey record) {

  @Override
  public String toString() {
    return "NewApiKey[" + record.getId() + "]";
  }
}
