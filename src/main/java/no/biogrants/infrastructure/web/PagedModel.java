package no.biogrants.infrastructure.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model whose rows come page by page from a service: the database counts,
 * sorts and pages, the page never holds more than one page of rows.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

  /** Loads one page; {@code sortField} is null when the user has not sorted. */
  public interface Loader<T> {
    List<T> load(int first, int pageSize, String sortField, boolean ascending);
  }

  private final transient IntSupplier counter;
  private final transient Loader<T> loader;
  private final transient Function<T, Object> key;

  public PagedModel(IntSupplier counter, Loader<T> loader, Function<T, Object> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return counter.getAsInt();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return loader.load(first, pageSize, null, false);
    }
    SortMeta sort = sortBy.values().iterator().next();
    return loader.load(first, pageSize, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return null;
  }
}
