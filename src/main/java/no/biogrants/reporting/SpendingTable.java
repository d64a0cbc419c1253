package no.biogrants.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The arithmetic of spending reports that is not SQL: folding keys into coarser ones (NACE
 * divisions into sections), merging the applications' and the ledger's figures per quarter,
 * ordering and the total. Pure functions.
 */
public final class SpendingTable {

  private SpendingTable() {}

  /** The rows with their keys mapped and the rows of equal keys added up, in key order. */
  public static List<SpendingRow> fold(List<SpendingRow> rows, UnaryOperator<String> keyOf) {
    return fold(rows, keyOf, UnaryOperator.identity());
  }

  /**
   * As {@link #fold(List, UnaryOperator)}, mapping the second key too (a report by two dimensions).
   */
  public static List<SpendingRow> fold(
      List<SpendingRow> rows, UnaryOperator<String> keyOf, UnaryOperator<String> byKeyOf) {
    Map<SpendingRow.Keys, SpendingFigures> folded = new LinkedHashMap<>();
    for (SpendingRow row : rows) {
      String byKey = row.byKey() == null ? null : byKeyOf.apply(row.byKey());
      folded.merge(
          new SpendingRow.Keys(keyOf.apply(row.key()), byKey),
          row.figures(),
          SpendingFigures::plus);
    }
    return rowsOf(folded);
  }

  /**
   * Per quarter: the applications submitted in it (counts, applied, recommended, granted, plan
   * figures) and the ledger money booked in it; a quarter with only one of them has zeros for the
   * other.
   */
  public static List<SpendingRow> mergeQuarters(
      List<SpendingRow> applications, List<SpendingRow> ledger) {
    Map<SpendingRow.Keys, SpendingFigures> merged = new LinkedHashMap<>();
    applications.forEach(
        r -> merged.merge(r.keys(), r.figures().withoutLedger(), SpendingFigures::plus));
    ledger.forEach(
        r ->
            merged.merge(
                r.keys(),
                SpendingFigures.ledger(
                    r.figures().committed(),
                    r.figures().disbursed(),
                    r.figures().released(),
                    r.figures().reclaimed()),
                SpendingFigures::plus));
    return rowsOf(merged);
  }

  private static List<SpendingRow> rowsOf(Map<SpendingRow.Keys, SpendingFigures> figures) {
    List<SpendingRow> result = new ArrayList<>();
    figures.forEach(
        (keys, f) ->
            result.add(new SpendingRow(keys.key(), keys.key(), keys.byKey(), keys.byKey(), f)));
    return sorted(result);
  }

  private static final Comparator<String> KEY_ORDER =
      Comparator.nullsLast(SpendingTable::compareKeys);

  /** In key order (then in second-key order), unknown (null) keys last. */
  public static List<SpendingRow> sorted(List<SpendingRow> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparing(SpendingRow::key, KEY_ORDER)
                .thenComparing(SpendingRow::byKey, KEY_ORDER))
        .toList();
  }

  /** By the number a key starts with (ids, years, size bands, quarters), then as text. */
  static int compareKeys(String a, String b) {
    int byNumber = Long.compare(leadingNumber(a), leadingNumber(b));
    return byNumber != 0 ? byNumber : a.compareTo(b);
  }

  private static long leadingNumber(String key) {
    int end = 0;
    while (end < key.length() && end < 18 && Character.isDigit(key.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Long.parseLong(key.substring(0, end));
  }

  public static SpendingFigures total(List<SpendingRow> rows) {
    return rows.stream()
        .map(SpendingRow::figures)
        .reduce(SpendingFigures.NONE, SpendingFigures::plus);
  }
}
