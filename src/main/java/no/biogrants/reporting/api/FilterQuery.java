package no.biogrants.reporting.api;

import jakarta.ws.rs.QueryParam;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter's query parameters besides the year, as the report calls take them (a JAX-RS
 * {@code @BeanParam}) and as the reports page's downloads send them; {@link ReportParameters}
 * checks them. The year is left to each call: it means something else in each (required, or "no
 * year: all years").
 */
public class FilterQuery {

  @Parameter(description = "Fylkesnummer, to siffer, f.eks. 34.")
  @QueryParam("county")
  String county;

  @Parameter(description = "Søknadsrundens id.")
  @QueryParam("round")
  String round;

  @Parameter(description = "Budsjettlinjens id.")
  @QueryParam("budgetLine")
  String budgetLine;

  @Parameter(description = "Søknadens status, f.eks. GRANTED.")
  @QueryParam("status")
  String status;

  @Parameter(description = "Grunnlaget for statsstøtten, f.eks. DE_MINIMIS.")
  @QueryParam("stateAidBasis")
  String stateAidBasis;

  @Parameter(description = "Sendt inn fra og med dag (ÅÅÅÅ-MM-DD).")
  @QueryParam("from")
  String from;

  @Parameter(description = "Sendt inn til og med dag (ÅÅÅÅ-MM-DD).")
  @QueryParam("to")
  String to;

  /** For JAX-RS, which fills the fields from the query. */
  public FilterQuery() {}

  /** The same parameters read by name, e.g. from a servlet request (null when absent). */
  public static FilterQuery of(UnaryOperator<String> parameter) {
    FilterQuery query = new FilterQuery();
    query.county = parameter.apply("county");
    query.round = parameter.apply("round");
    query.budgetLine = parameter.apply("budgetLine");
    query.status = parameter.apply("status");
    query.stateAidBasis = parameter.apply("stateAidBasis");
    query.from = parameter.apply("from");
    query.to = parameter.apply("to");
    return query;
  }

  /** Only a county (or none). */
  public static FilterQuery ofCounty(String county) {
    FilterQuery query = new FilterQuery();
    query.county = county;
    return query;
  }
}
