package no.biogrants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule ids of the features' {@code package-info.java} files, as the root package-info declares
 * them: unique, each with its package's prefix, every reference naming a declared id, and every id
 * cited by a test method named after it.
 */
class RuleIdsCitedTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TESTS = Path.of("src/test/java");
  private static final Path ROOT_INFO = MAIN.resolve("no/biogrants/package-info.java");

  private static final Pattern PREFIX_ROW =
      Pattern.compile("<tr><td>([a-z.]+)</td><td>([A-Z]+)</td></tr>");
  private static final Pattern DECLARED = Pattern.compile("<b>([A-Z]+)-([A-Z]{1,2}[0-9]{1,2})</b>");
  private static final Pattern ANY_ID =
      Pattern.compile("\\b([A-Z]{2,5})-([A-Z]{1,2}[0-9]{1,2})\\b");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([a-z.]+);");
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("@(?:Test|ParameterizedTest|RepeatedTest)\\b");
  private static final Pattern TEST_METHOD =
      Pattern.compile(
          "@(?:Test|ParameterizedTest|RepeatedTest)\\b(?:\\s*\\((?:[^()\"]|\"[^\"]*\")*\\))?"
              + "(?:\\s*@[\\w.]+(?:\\s*\\((?:[^()\"]|\"[^\"]*\")*\\))?)*"
              + "\\s*(?:public\\s+|protected\\s+)?void\\s+(\\w+)\\s*\\(");

  /** Package (below no.biogrants) → prefix, from the root package-info's table. */
  private static Map<String, String> prefixes() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    Matcher row = PREFIX_ROW.matcher(read(ROOT_INFO));
    while (row.find()) {
      prefixes.put(row.group(1), row.group(2));
    }
    return prefixes;
  }

  /** Every feature's package-info (the root's only declares the scheme), by its package. */
  private static Map<String, String> featureInfos() {
    Map<String, String> infos = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(p -> p.getFileName().toString().equals("package-info.java"))
          .filter(p -> !p.equals(ROOT_INFO))
          .forEach(
              p -> {
                String text = read(p);
                Matcher name = PACKAGE.matcher(text);
                assertThat(name.find()).as("package line of " + p).isTrue();
                infos.put(name.group(1).replaceFirst("^no\\.biogrants\\.", ""), text);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return infos;
  }

  /** The nearest package at or above the given one that has a prefix; null if none. */
  private static String prefixOf(String pkg, Map<String, String> prefixes) {
    for (String p = pkg;
        !p.isEmpty();
        p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
      if (prefixes.containsKey(p)) {
        return prefixes.get(p);
      }
    }
    return null;
  }

  /** Declared id → the packages declaring it (more than one is a duplicate). */
  private static Map<String, List<String>> declared() {
    Map<String, List<String>> ids = new TreeMap<>();
    featureInfos()
        .forEach(
            (pkg, text) -> {
              Matcher id = DECLARED.matcher(text);
              while (id.find()) {
                ids.computeIfAbsent(id.group(1) + "-" + id.group(2), k -> new ArrayList<>())
                    .add(pkg);
              }
            });
    return ids;
  }

  private static Set<String> testMethodNames() {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              p -> {
                String source = read(p);
                Matcher method = TEST_METHOD.matcher(source);
                int found = 0;
                while (method.find()) {
                  names.add(method.group(1));
                  found++;
                }
                assertThat(found)
                    .as("test methods whose name this test can read in " + p)
                    .isEqualTo(TEST_ANNOTATION.matcher(source).results().count());
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** APP-R1 → appR1, the form a test method's name cites it in. */
  static String javaForm(String id) {
    int hyphen = id.indexOf('-');
    return id.substring(0, hyphen).toLowerCase() + id.substring(hyphen + 1);
  }

  static boolean cites(String methodName, String id) {
    String form = javaForm(id) + "_";
    return methodName.startsWith(form) || methodName.contains("_" + form);
  }

  @Test
  void theRootPackageInfoGivesEveryFeatureWithRulesAPrefix() {
    Map<String, String> prefixes = prefixes();
    assertThat(prefixes).containsEntry("grantapplication", "APP").containsEntry("casework", "CASE");
    assertThat(prefixes.values()).doesNotHaveDuplicates();
    List<String> withoutPrefix = new ArrayList<>();
    featureInfos()
        .forEach(
            (pkg, text) -> {
              if (DECLARED.matcher(text).find() && prefixOf(pkg, prefixes) == null) {
                withoutPrefix.add(pkg + " (add it to the table in no/biogrants/package-info.java)");
              }
            });
    assertThat(withoutPrefix).as("packages with rule ids but no prefix").isEmpty();
  }

  @Test
  void everyIdIsDeclaredOnceWithItsPackagesPrefix() {
    Map<String, String> prefixes = prefixes();
    List<String> problems = new ArrayList<>();
    declared()
        .forEach(
            (id, packages) -> {
              if (packages.size() > 1) {
                problems.add(id + " is declared " + packages.size() + " times, in " + packages);
              }
              for (String pkg : packages) {
                String prefix = prefixOf(pkg, prefixes);
                if (prefix != null && !id.startsWith(prefix + "-")) {
                  problems.add(id + " in " + pkg + " lacks the package's prefix " + prefix + "-");
                }
              }
            });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyReferenceNamesADeclaredId() {
    Set<String> known = new TreeSet<>(prefixes().values());
    Set<String> ids = declared().keySet();
    List<String> unknown = new ArrayList<>();
    featureInfos()
        .forEach(
            (pkg, text) -> {
              Matcher id = ANY_ID.matcher(text);
              while (id.find()) {
                String found = id.group(1) + "-" + id.group(2);
                if (known.contains(id.group(1)) && !ids.contains(found)) {
                  unknown.add(found + " in " + pkg);
                }
              }
            });
    assertThat(unknown).as("references to ids no package-info declares").isEmpty();
  }

  @Test
  void everyIdIsCitedByATestNamedAfterIt() {
    Set<String> methods = testMethodNames();
    Map<String, List<String>> ids = declared();
    assertThat(ids).as("rule ids found").hasSizeGreaterThan(50);
    List<String> uncited =
        ids.keySet().stream()
            .filter(id -> methods.stream().noneMatch(m -> cites(m, id)))
            .map(id -> id + " (no test method named " + javaForm(id) + "_…)")
            .toList();
    assertThat(uncited).isEmpty();
  }

  @Test
  void aTestCitesAnIdByItsJavaFormFollowedByAnUnderscore() {
    assertThat(javaForm("APP-R1")).isEqualTo("appR1");
    assertThat(javaForm("CASE-D1")).isEqualTo("caseD1");
    assertThat(cites("appR1_noCosts", "APP-R1")).isTrue();
    assertThat(cites("appR14_appR16_soft", "APP-R16")).isTrue();
    assertThat(cites("appR10_weeks", "APP-R1")).isFalse();
    assertThat(cites("r1NoCosts", "APP-R1")).isFalse();
    assertThat(cites("mapR1_x", "APP-R1")).isFalse();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
