package no.biogrants.county;

import java.util.Map;

/**
 * The inhabitants in force for a year: the figures of {@link #populationYear}, the newest year with
 * figures of its own not after the year asked for (or the oldest held, when none is that old).
 */
public record PublishedInhabitants(int populationYear, Map<String, Integer> byCounty) {

  public PublishedInhabitants {
    byCounty = Map.copyOf(byCounty);
  }

  /** Whether the year asked for has figures of its own (else another year's are in force). */
  public boolean ownFiguresOf(int year) {
    return populationYear == year;
  }
}
