package no.biogrants.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a spending report groups by: one dimension, or two (a row per combination that has
 * applications, e.g. purpose × county). Its API name is the dimensions' names joined by a comma
 * ({@code groupBy=purpose,county}); the second is the inner grouping ("by", shown in the column and
 * stacked in the chart).
 */
public record Grouping(Dimension dimension, Dimension by) implements Serializable {

  public Grouping {
    Objects.requireNonNull(dimension, "dimension");
    if (dimension == by) {
      throw new IllegalArgumentException("the same dimension twice: " + dimension);
    }
  }

  public static Grouping of(Dimension dimension) {
    return new Grouping(dimension, null);
  }

  public boolean twoDimensions() {
    return by != null;
  }

  /** The dimensions in order: one or two. */
  public List<Dimension> dimensions() {
    List<Dimension> dimensions = new ArrayList<>(List.of(dimension));
    if (by != null) {
      dimensions.add(by);
    }
    return dimensions;
  }

  public boolean has(Dimension d) {
    return dimension == d || by == d;
  }

  /** {@code purpose} or {@code purpose,county}. */
  public String apiName() {
    return String.join(
        ",", Stream.of(dimension, by).filter(Objects::nonNull).map(Dimension::apiName).toList());
  }
}
