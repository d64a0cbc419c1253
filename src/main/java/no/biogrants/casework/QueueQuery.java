package no.biogrants.casework;

import java.io.Serializable;
import java.util.Set;

/**
 * What the queue is asked for: the {@link QueueFilter}, a sort field (one of {@link #SORTABLE}) and
 * direction, and a page.
 */
public record QueueQuery(
    QueueFilter filter, String sortField, boolean ascending, int first, int pageSize)
    implements Serializable {

  public static final Set<String> SORTABLE =
      Set.of("reference", "companyName", "status", "amountApplied", "score", "submittedAt");

  public QueueQuery {
    filter = filter == null ? QueueFilter.NONE : filter;
    if (sortField == null || !SORTABLE.contains(sortField)) {
      sortField = "submittedAt";
      ascending = false;
    }
    first = Math.max(0, first);
    pageSize = Math.clamp(pageSize, 1, 200);
  }
}
