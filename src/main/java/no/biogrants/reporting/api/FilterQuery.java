package no.biogrants.reporting.api;

import jakarta.ws.rs.QueryParam;
import java.util.function.UnaryOperator;

/**
 * The filter's query parameters besides the year, as the report calls take them (a JAX-RS
 * {@code @BeanParam}) and as the reports page's downloads send them; {@link ReportParameters}
 * checks them. The year is left to each call: it means something else in each (required, or "no
 * year: all years"). No OpenAPI {@code @Parameter} on the fields: Payara's OpenAPI fails on it
 * outside a resource method (the document answers 500), so the names speak for themselves: county
 * (two digits), round and budgetLine (ids), status and stateAidBasis (enum names), from and to
 * (ÅÅÅÅ-MM-DD, submitted on or after / on or before).
 */
public class FilterQuery {

  @QueryParam("county")
  String county;

  @QueryParam("round")
  String round;

  @QueryParam("budgetLine")
  String budgetLine;

  @QueryParam("status")
  String status;

  @QueryParam("stateAidBasis")
  String stateAidBasis;

  @QueryParam("from")
  String from;

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
