package no.biogrants.reporting.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import no.biogrants.document.FileFormat;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.reporting.Dimension;
import no.biogrants.reporting.Grouping;
import no.biogrants.reporting.ReportFilter;
import no.biogrants.scheme.StateAidBasis;
import no.biogrants.shared.FieldViolation;
import no.biogrants.shared.InvalidInputException;

/**
 * The query parameters of the report calls, checked all at once: every bad one is named in the 400
 * answer with a message in the caller's language (rules API-A3 and API-A7). The page's downloads
 * take the same parameters.
 */
public final class ReportParameters {

  private final List<FieldViolation> violations = new ArrayList<>();

  /** The filter of a report call: the year and the rest of the filter's parameters. */
  public ReportFilter filter(String year, FilterQuery q) {
    return filter(false, year, q);
  }

  /**
   * As {@link #filter}, but without a year every year is meant (the case list: all cases at once).
   */
  public ReportFilter filterAnyYear(String year, FilterQuery q) {
    return filter(true, year, q);
  }

  private ReportFilter filter(boolean anyYear, String year, FilterQuery q) {
    Integer y = null;
    if (anyYear && year == null) {
      // every year
    } else if (year == null || !year.matches("\\d{4}")) {
      violations.add(FieldViolation.of("year", "api.year.invalid", year == null ? "" : year));
    } else {
      y = Integer.valueOf(year);
    }
    if (q.county != null && !q.county.matches("\\d{2}")) {
      violations.add(FieldViolation.of("county", "api.county.invalid", q.county));
    }
    return new ReportFilter(
        y,
        q.county,
        id("round", q.round),
        id("budgetLine", q.budgetLine),
        value("status", q.status, ApplicationStatus.class),
        value("stateAidBasis", q.stateAidBasis, StateAidBasis.class),
        day("from", q.from),
        day("to", q.to),
        List.of());
  }

  /** One dimension of {@code allowed} ({@code groupBy=county}). */
  public Dimension groupBy(String groupBy, Collection<Dimension> allowed) {
    Grouping grouping = grouping(groupBy, allowed, false);
    return grouping == null ? null : grouping.dimension();
  }

  /**
   * One dimension of {@code allowed}, or with {@code twoAllowed} two different ones separated by a
   * comma ({@code groupBy=purpose,county}: a row per purpose and county).
   */
  public Grouping grouping(String groupBy, Collection<Dimension> allowed, boolean twoAllowed) {
    List<String> names = groupBy == null ? List.of() : List.of(groupBy.split(",", -1));
    List<Dimension> dimensions =
        names.stream()
            .map(n -> Dimension.byApiName(n.strip()).filter(allowed::contains).orElse(null))
            .toList();
    boolean valid =
        !names.isEmpty()
            && names.size() <= (twoAllowed ? 2 : 1)
            && !dimensions.contains(null)
            && dimensions.stream().distinct().count() == dimensions.size();
    if (!valid) {
      String allowedNames =
          allowed.stream().map(Dimension::apiName).sorted().collect(Collectors.joining(", "));
      violations.add(
          FieldViolation.of(
              "groupBy",
              twoAllowed ? "api.groupBy.invalid" : "api.groupBy.one",
              groupBy == null ? "" : groupBy,
              allowedNames));
      return null;
    }
    return new Grouping(dimensions.get(0), dimensions.size() > 1 ? dimensions.get(1) : null);
  }

  public FileFormat format(String format) {
    if (format == null) {
      return FileFormat.JSON;
    }
    return FileFormat.export(format)
        .orElseGet(
            () -> {
              violations.add(
                  FieldViolation.of("format", "api.value.invalid", format, "json, csv, xlsx"));
              return FileFormat.JSON;
            });
  }

  /** Refuses the call with every bad parameter, or does nothing. */
  public void check() {
    InvalidInputException.throwIfAny(violations);
  }

  private Long id(String field, String value) {
    if (value == null) {
      return null;
    }
    if (!value.matches("\\d{1,18}")) {
      violations.add(FieldViolation.of(field, "reports.id.invalid", value));
      return null;
    }
    return Long.valueOf(value);
  }

  private LocalDate day(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(FieldViolation.of(field, "reports.date.invalid", value));
      return null;
    }
  }

  private <E extends Enum<E>> E value(String field, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      String names =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      violations.add(FieldViolation.of(field, "api.value.invalid", value, names));
      return null;
    }
  }
}
