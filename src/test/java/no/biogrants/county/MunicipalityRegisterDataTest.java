package no.biogrants.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The register as the migration loads it: 356 municipalities in 2020-2023 and 357 from 2024, each
 * in a county of its time, and every number that ended taken over by one that is in force.
 */
class MunicipalityRegisterDataTest {

  private static final Path MIGRATION =
      Path.of("sql", "V028__counties_2024_and_municipalities.sql");
  private static final Pattern ROW =
      Pattern.compile("\\('(\\d{4})', (\\d{4}), (\\d{4}|NULL), '((?:[^']|'')+)', '(\\d{2})'\\)");
  private static final Pattern SUCCESSION = Pattern.compile("\\('(\\d{4})', '(\\d{4})', 2024\\)");

  private static final Set<String> COUNTIES_2020 =
      Set.of("03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54");
  private static final Set<String> COUNTIES_2024 =
      Set.of(
          "03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");

  record Row(String number, int from, Integer to, String name, String county) {
    boolean validIn(int year) {
      return from <= year && (to == null || to >= year);
    }
  }

  @Test
  void ctyR1_everyYearHasItsMunicipalitiesEachInACountyOfThatYear() throws IOException {
    List<Row> rows = rows();

    for (int year : new int[] {2020, 2023}) {
      List<Row> valid = rows.stream().filter(r -> r.validIn(year)).toList();
      assertThat(valid).as("municipalities in %d", year).hasSize(356);
      assertThat(valid.stream().map(Row::county).collect(Collectors.toSet()))
          .isEqualTo(COUNTIES_2020);
    }
    for (int year : new int[] {2024, 2027}) {
      List<Row> valid = rows.stream().filter(r -> r.validIn(year)).toList();
      assertThat(valid).as("municipalities in %d", year).hasSize(357);
      assertThat(valid.stream().map(Row::county).collect(Collectors.toSet()))
          .isEqualTo(COUNTIES_2024);
    }
    assertThat(rows).allSatisfy(r -> assertThat(r.number()).startsWith(r.county()));
    assertThat(byNumber(rows, "3005").county()).isEqualTo("30");
    assertThat(byNumber(rows, "3301").name()).isEqualTo("Drammen");
    assertThat(byNumber(rows, "5501").name()).isEqualTo("Tromsø");
  }

  @Test
  void ctyR2_everyNumberThatEndedIsTakenOverByNumbersInForceFrom2024() throws IOException {
    List<Row> rows = rows();
    Map<String, List<String>> successors = new HashMap<>();
    Matcher m = SUCCESSION.matcher(Files.readString(MIGRATION));
    while (m.find()) {
      successors.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }

    Set<String> ended =
        rows.stream()
            .filter(r -> r.to() != null)
            .map(Row::number)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(successors.keySet()).isEqualTo(ended);
    successors.values().stream()
        .flatMap(List::stream)
        .forEach(n -> assertThat(byNumber(rows, n).validIn(2024)).as(n).isTrue());
    assertThat(successors.get("3005")).containsExactly("3301");
    assertThat(successors.get("1507")).containsExactlyInAnyOrder("1508", "1580");
  }

  private static Row byNumber(List<Row> rows, String number) {
    return rows.stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
  }

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    Matcher m = ROW.matcher(Files.readString(MIGRATION));
    while (m.find()) {
      rows.add(
          new Row(
              m.group(1),
              Integer.parseInt(m.group(2)),
              m.group(3).equals("NULL") ? null : Integer.valueOf(m.group(3)),
              m.group(4).replace("''", "'"),
              m.group(5)));
    }
    return rows;
  }
}
