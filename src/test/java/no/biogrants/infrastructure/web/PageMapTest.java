package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's page map ("Find your way: the pages") checked against the pages and their beans, so
 * that from a URL you find the code. The rule it holds (decided in issue 13, written in the README
 * too):
 *
 * <ul>
 *   <li><b>Folders by feature.</b> A page {@code /<folder>/<page>.xhtml} has one page bean, {@code
 *       no.biogrants.<folder>.web.<Page>Page}: {@code <folder>} is exactly the Java feature package
 *       and {@code <Page>} the file name in UpperCamelCase ({@code payment/payment-run.xhtml} →
 *       {@code payment.web.PaymentRunPage}). Where a page's bean and its folder disagreed, the page
 *       moved folder or the bean moved to the folder's feature, whichever adds no dependency cycle
 *       between features.
 *   <li>The one exception: the root pages belong to {@code identity.web} ({@code /index.xhtml} →
 *       {@code StartPage}, {@code /login.xhtml} → {@code LoginPage}), and the error pages ({@code
 *       error/}) have no bean and no row.
 *   <li><b>One suffix.</b> Every {@code @Named} page bean ends in {@code Page}, and each page has
 *       one page bean. A page split into panels has besides it one bean per panel, named {@code
 *       <Page><Panel>Page} in the feature that owns the panel ({@code casework/case.xhtml} → {@code
 *       casework.web.CasePage}, {@code assessment.web.CaseScoringPage}, …), listed after the page
 *       bean in the row; helpers a page uses (input rows, {@code CurrentCompany}, {@code
 *       AttachmentPanel}, {@code AppealLinks}, {@code QueueTable}, download servlets) have names
 *       that say what they are, not {@code …Page}.
 *   <li><b>Security stays by role:</b> web.xml has one constraint per feature folder for its main
 *       audience and exact page patterns for a page of the folder that is for another audience
 *       ({@code /payment/grant.xhtml}); {@code AccessMatrixIT} checks what each role gets.
 * </ul>
 *
 * <p>Each row is {@code URL | page bean(s) | services | tables}. The services are the
 * {@code @Stateless}, {@code @ApplicationScoped} and {@code @Singleton} services the beans inject
 * (also through a web helper it injects, as {@code QueuePage} does {@code QueueTable}) and are
 * checked here; the tables are the main tables those services touch, kept by hand (best effort),
 * and must be tables the migrations in {@code sql/} create.
 */
class PageMapTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Path README = Path.of("README.md");
  private static final String SECTION = "## Find your way: the pages";
  private static final String BASE = "no.biogrants.";
  private static final Pattern EL = Pattern.compile("#\\{([^}]*)}");
  private static final Path MIGRATIONS = Path.of("sql");
  private static final Pattern TABLE = Pattern.compile("`(\\w+)`");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?`?(\\w+)`?");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.'])([a-z]\\w*)");
  private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"(/[^\"#]+)\"");

  /** One row of the README's table. */
  record Row(String url, List<String> beans, List<String> services, String tables) {

    /** The page's own bean, the first of the row; the others are its panels' beans. */
    String bean() {
      return beans.get(0);
    }
  }

  private static Map<String, Row> rows;
  private static List<String> pages;

  @BeforeAll
  static void read() throws IOException {
    rows = readmeRows();
    pages = pages();
  }

  @Test
  void everyPageHasItsRowAndEveryRowItsPage() {
    assertThat(rows.keySet())
        .as("pages in the README's page map (%s)", SECTION)
        .containsExactlyInAnyOrderElementsOf(pages);
  }

  @Test
  void everyRowNamesTheBeanItsFolderAndFileGive() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows.values()) {
      softly
          .assertThat(row.bean())
          .as("the page bean of %s", row.url())
          .isEqualTo(expectedBean(row.url()));
      for (String name : row.beans().subList(1, row.beans().size())) {
        softly
            .assertThat(name)
            .as("a panel bean of %s", row.url())
            .matches(panelBeanPattern(row.bean()));
      }
      for (String name : row.beans()) {
        Optional<Class<?>> bean = load(BASE + name);
        softly.assertThat(bean).as("the class of %s's bean (%s)", row.url(), name).isPresent();
        bean.ifPresent(
            type ->
                softly
                    .assertThat(type.isAnnotationPresent(Named.class))
                    .as("%s is @Named", name)
                    .isTrue());
      }
    }
    softly.assertAll();
  }

  @Test
  void everyRowNamesTheServicesItsBeanInjects() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows.values()) {
      Set<String> injected = new TreeSet<>();
      row.beans().forEach(bean -> load(BASE + bean).ifPresent(t -> injected.addAll(services(t))));
      softly
          .assertThat(new TreeSet<>(row.services()))
          .as(
              "services of %s (row %s); the cell should read: %s",
              row.beans(), row.url(), cell(List.copyOf(injected)))
          .isEqualTo(injected);
    }
    softly.assertAll();
  }

  @Test
  void everyRowNamesTablesTheMigrationsCreate() throws IOException {
    Set<String> created = new HashSet<>();
    try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
      for (Path migration : migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher table = CREATE_TABLE.matcher(Files.readString(migration));
        while (table.find()) {
          created.add(table.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows.values()) {
      List<String> named = tablesOf(row);
      softly
          .assertThat(named)
          .as("tables of %s that no migration in sql/ creates", row.url())
          .allMatch(created::contains);
      softly
          .assertThat(named.isEmpty())
          .as("%s names its tables, or says – when it has none", row.url())
          .isEqualTo(row.tables().startsWith("–"));
    }
    softly.assertAll();
  }

  /** The table names in a row's tables cell: the names in backticks (the rest is a comment). */
  private static List<String> tablesOf(Row row) {
    return TABLE.matcher(row.tables()).results().map(m -> m.group(1)).toList();
  }

  @Test
  void everyPageBeanHasAPage() throws IOException {
    Set<String> beans =
        rows.values().stream().flatMap(r -> r.beans().stream()).collect(Collectors.toSet());
    List<String> orphans = new ArrayList<>();
    for (String name : webClassesEndingInPage()) {
      Optional<Class<?>> type = load(name);
      if (type.isPresent()
          && type.get().isAnnotationPresent(Named.class)
          && !beans.contains(name.substring(BASE.length()))) {
        orphans.add(name);
      }
    }
    assertThat(orphans)
        .as("@Named …Page classes in web packages without a page in the README's page map")
        .isEmpty();
  }

  @Test
  void aPageUsesItsOwnPageBeanAndNoOther() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    for (String page : pages) {
      Set<String> used = elNames(withIncludes(page, new HashSet<>()));
      Set<String> own = new HashSet<>();
      own.add(elName(expectedBean(page)));
      Optional.ofNullable(rows.get(page))
          .ifPresent(row -> row.beans().forEach(bean -> own.add(elName(bean))));
      softly.assertThat(used).as("%s (with its includes) uses its beans", page).containsAll(own);
      softly
          .assertThat(used.stream().filter(n -> n.endsWith("Page") && !own.contains(n)).toList())
          .as("other pages' beans used on %s", page)
          .isEmpty();
    }
    softly.assertAll();
  }

  /**
   * A page's text followed by the text of the files it includes ({@code ui:include src="/…"}, with
   * theirs), each once.
   */
  private static String withIncludes(String path, Set<String> seen) throws IOException {
    if (!seen.add(path)) {
      return "";
    }
    String xhtml = Files.readString(WEBAPP.resolve(path.substring(1)));
    StringBuilder all = new StringBuilder(xhtml);
    Matcher include = INCLUDE.matcher(xhtml);
    while (include.find()) {
      all.append('\n').append(withIncludes(include.group(1), seen));
    }
    return all.toString();
  }

  /**
   * The names the beans of a page's panels may have: in any feature's {@code web} package, the
   * page's bean's name with the panel's name before {@code Page} ({@code casework.web.CasePage} →
   * {@code assessment.web.CaseScoringPage}).
   */
  private static String panelBeanPattern(String pageBean) {
    String simple = pageBean.substring(pageBean.lastIndexOf('.') + 1).replaceAll("Page$", "");
    return "[a-z]\\w*\\.web\\." + simple + "[A-Z]\\w*Page";
  }

  /**
   * The bean the rule gives a page: {@code /<folder>/<page>.xhtml} → {@code
   * <folder>.web.<Page>Page}.
   */
  static String expectedBean(String url) {
    String[] parts = url.substring(1).replaceAll("\\.xhtml$", "").split("/");
    if (parts.length == 1) {
      return "identity.web." + (parts[0].equals("index") ? "Start" : upperCamel(parts[0])) + "Page";
    }
    if (parts.length != 2) {
      return "(a page lies in exactly one feature folder: " + url + ")";
    }
    return parts[0] + ".web." + upperCamel(parts[1]) + "Page";
  }

  private static String upperCamel(String kebab) {
    return Arrays.stream(kebab.split("-"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
  }

  private static String elName(String bean) {
    String simple = bean.substring(bean.lastIndexOf('.') + 1);
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /**
   * The names an xhtml file starts its EL expressions from (beans, implicit objects, variables).
   */
  private static Set<String> elNames(String xhtml) {
    Set<String> names = new HashSet<>();
    Matcher el = EL.matcher(xhtml);
    while (el.find()) {
      Matcher name = NAME.matcher(el.group(1).replaceAll("'[^']*'", "''"));
      while (name.find()) {
        names.add(name.group(1));
      }
    }
    return names;
  }

  /** The services the bean injects, also through the web helpers it injects; by simple name. */
  static List<String> services(Class<?> bean) {
    Set<String> found = new LinkedHashSet<>();
    collectServices(bean, found, new HashSet<>());
    return List.copyOf(found);
  }

  private static void collectServices(Class<?> type, Set<String> found, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Field field : type.getDeclaredFields()) {
      if (!field.isAnnotationPresent(Inject.class)) {
        continue;
      }
      Class<?> injected = field.getType();
      boolean web = injected.getPackageName().endsWith(".web");
      if (!web
          && (injected.isAnnotationPresent(Stateless.class)
              || injected.isAnnotationPresent(ApplicationScoped.class)
              || injected.isAnnotationPresent(Singleton.class))) {
        found.add(injected.getSimpleName());
      } else if (web && injected.getPackageName().startsWith(BASE)) {
        collectServices(injected, found, seen);
      }
    }
  }

  private static String cell(List<String> services) {
    return services.isEmpty()
        ? "–"
        : services.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
  }

  private static Optional<Class<?>> load(String name) {
    try {
      return Optional.of(Class.forName(name, false, PageMapTest.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Every page under src/main/webapp but the templates, includes, resources and error pages. */
  private static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(
              p ->
                  !p.startsWith("/WEB-INF/")
                      && !p.startsWith("/resources/")
                      && !p.startsWith("/error/"))
          .sorted()
          .toList();
    }
  }

  /** Classes in {@code web} packages whose name ends in Page, read from the sources. */
  private static List<String> webClassesEndingInPage() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith("Page.java") && p.contains("/web/"))
          .map(p -> p.replaceAll("\\.java$", "").replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  /** The rows of the README's page map, by URL; a URL twice fails. */
  private static Map<String, Row> readmeRows() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = lines.indexOf(SECTION);
    assertThat(start).as("README.md has the section %s", SECTION).isNotNegative();
    Map<String, Row> found = new LinkedHashMap<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      String[] cells = line.split("\\|");
      if (!line.startsWith("|") || cells.length < 5 || !cells[1].strip().startsWith("`/")) {
        continue;
      }
      String url = plain(cells[1]);
      List<String> services =
          plain(cells[3]).equals("–")
              ? List.of()
              : Stream.of(plain(cells[3]).split(",")).map(String::strip).toList();
      List<String> beans = Stream.of(plain(cells[2]).split(",")).map(String::strip).toList();
      assertThat(found.put(url, new Row(url, beans, services, cells[4].strip())))
          .as("one row for %s", url)
          .isNull();
    }
    assertThat(found).as("rows of the page map").isNotEmpty();
    return found;
  }

  private static String plain(String cell) {
    return cell.replace("`", "").strip();
  }
}
