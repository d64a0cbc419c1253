package no.biogrants.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.biogrants.shared.Money;

/** Joins the money available per key with the applications per key, and totals them. Pure. */
public final class OversubscriptionTable {

  /** The money available under one key, and the line it belongs to (null: the key's own). */
  public record Available(String key, String lineKey, Money amount) {}

  private OversubscriptionTable() {}

  /** One row per key that has money or applications, in key order. */
  public static List<OversubscriptionRow> join(List<Available> money, List<SpendingRow> applied) {
    Map<String, OversubscriptionRow> rows = new LinkedHashMap<>();
    for (Available a : money) {
      rows.merge(
          a.key(),
          new OversubscriptionRow(
              a.key(), a.key(), a.lineKey(), 0, Money.ZERO, Money.ZERO, Money.ZERO, a.amount()),
          (x, y) ->
              new OversubscriptionRow(
                  x.key(),
                  x.label(),
                  x.lineKey(),
                  0,
                  Money.ZERO,
                  Money.ZERO,
                  Money.ZERO,
                  x.available().plus(y.available())));
    }
    for (SpendingRow s : applied) {
      OversubscriptionRow row =
          rows.getOrDefault(
              s.key(),
              new OversubscriptionRow(
                  s.key(), s.key(), null, 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
      SpendingFigures f = s.figures();
      rows.put(
          s.key(),
          new OversubscriptionRow(
              row.key(),
              row.label(),
              row.lineKey(),
              row.applications() + f.applications(),
              row.applied().plus(f.applied()),
              row.granted().plus(f.granted()),
              row.committed().plus(f.committed()),
              row.available()));
    }
    List<OversubscriptionRow> result = new ArrayList<>(rows.values());
    result.sort((a, b) -> SpendingTable.compareKeys(a.key(), b.key()));
    return result;
  }

  /** The total row: sums, with a budget line's money counted once however many rows share it. */
  public static OversubscriptionRow total(List<OversubscriptionRow> rows) {
    long applications = 0;
    Money applied = Money.ZERO;
    Money granted = Money.ZERO;
    Money committed = Money.ZERO;
    Money available = Money.ZERO;
    Set<String> lines = new HashSet<>();
    for (OversubscriptionRow row : rows) {
      applications += row.applications();
      applied = applied.plus(row.applied());
      granted = granted.plus(row.granted());
      committed = committed.plus(row.committed());
      if (row.lineKey() == null || lines.add(row.lineKey())) {
        available = available.plus(row.available());
      }
    }
    return new OversubscriptionRow(
        null, null, null, applications, applied, granted, committed, available);
  }
}
