package no.biogrants.reporting;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions with positional parameters, and the values to bind. */
final class SqlWhere {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  /** Adds "AND condition", where each {@code ?} in the condition takes the next value. */
  SqlWhere and(String condition, Object... parameters) {
    StringBuilder numbered = new StringBuilder();
    int next = 0;
    for (char c : condition.toCharArray()) {
      if (c == '?') {
        values.add(parameters[next++]);
        numbered.append('?').append(values.size());
      } else {
        numbered.append(c);
      }
    }
    sql.append(" AND ").append(numbered);
    return this;
  }

  String sql() {
    return sql.toString();
  }

  List<Object> values() {
    return values;
  }

  /** The parameter number the next bound value gets. */
  int next() {
    return values.size() + 1;
  }

  Query bind(Query query) {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      query.setParameter(i + 1, value instanceof LocalDateTime t ? Timestamp.valueOf(t) : value);
    }
    return query;
  }
}
