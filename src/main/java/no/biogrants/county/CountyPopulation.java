package no.biogrants.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Inhabitants of a county in a year: the base of the per-inhabitant allocation key. */
@Entity
@Table(name = "county_population")
@IdClass(CountyPopulation.Key.class)
@NamedQuery(
    name = "CountyPopulation.forYear",
    query = "SELECT p FROM CountyPopulation p WHERE p.populationYear = :year ORDER BY p.countyCode")
@NamedQuery(
    name = "CountyPopulation.latestYearUpTo",
    query = "SELECT MAX(p.populationYear) FROM CountyPopulation p WHERE p.populationYear <= :year")
public class CountyPopulation {

  @Id
  @Column(name = "county_code")
  private String countyCode;

  @Id
  @Column(name = "population_year")
  private int populationYear;

  @Column(name = "inhabitants", nullable = false)
  private int inhabitants;

  protected CountyPopulation() {}

  CountyPopulation(String countyCode, int populationYear, int inhabitants) {
    this.countyCode = countyCode;
    this.populationYear = populationYear;
    this.inhabitants = inhabitants;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public int getPopulationYear() {
    return populationYear;
  }

  public int getInhabitants() {
    return inhabitants;
  }

  public record Key(String countyCode, int populationYear) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }
}
