package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.biogrants.identity.api.ApiRoles;
import no.biogrants.it.Deployments;
import no.biogrants.it.WebSession;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix, generated from the app itself: every Faces page in src/main/webapp, every
 * download servlet ({@code @WebServlet}) and every REST call ({@code @Path} resources) is asked for
 * by each demo role and anonymously, over plain HTTP against the real WAR on MariaDB. What each
 * role should get comes from web.xml's security constraints (pages, downloads) and from {@link
 * ApiRoles} (REST); a page no constraint covers fails unless it is one of the declared public
 * pages, so a new page can't be forgotten. Then each page and download that takes an id is asked
 * for with another company's or another county's id (404, the same as a missing one), and every
 * REST call on an application with another company's id (403, nothing changed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  private static final String PASSWORD = "demo1234";
  private static final Path WEBAPP = Path.of("src", "main", "webapp");
  private static final Path CLASSES = Path.of("target", "classes");

  /** Pages anyone may open: logging in, the start page (sends each one on) and the error pages. */
  private static final Set<String> PUBLIC_PAGES =
      Set.of(
          "/login.xhtml",
          "/index.xhtml",
          "/error/400.xhtml",
          "/error/403.xhtml",
          "/error/404.xhtml",
          "/error/405.xhtml",
          "/error/500.xhtml",
          "/error/expired.xhtml");

  /** One demo user per role; the users' roles are read from the database. */
  private static final List<String> USERS =
      List.of("soker", "saksbehandler", "leder", "analytiker", "admin");

  /**
   * What an id means on each page that takes one; a page with an id not listed here fails the test.
   */
  private static final Map<String, String> ID_PAGES =
      Map.of(
          "/grantapplication/application.xhtml", "application",
          "/payment/grant.xhtml", "application",
          "/grantapplication/receipt.xhtml", "application",
          "/casework/applicant-appeal.xhtml", "application",
          "/applicant/company.xhtml", "company",
          "/casework/case.xhtml", "application",
          "/payment/payments.xhtml", "application",
          "/casework/appeal.xhtml", "application",
          "/budget/line.xhtml", "line",
          "/staff/account.xhtml", "account");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shared();
  }

  @ArquillianResource private URL base;

  @Test
  void everyPageAndDownloadAnswersEachRoleAsWebXmlSays() throws Exception {
    WebXmlConstraints constraints = WebXmlConstraints.read(WEBAPP.resolve("WEB-INF/web.xml"));
    List<String> paths = new ArrayList<>(pages());
    paths.addAll(servletPaths());
    Map<String, WebSession> sessions = sessions();
    Map<String, Set<Role>> roles = rolesOf(USERS);
    WebSession anonymous = new WebSession(base);
    SoftAssertions softly = new SoftAssertions();
    int checks = 0;
    for (String path : paths) {
      Optional<Set<Role>> allowed = constraints.rolesFor(path);
      HttpResponse<String> anon = anonymous.get(path);
      checks++;
      if (allowed.isEmpty()) {
        softly
            .assertThat(PUBLIC_PAGES)
            .as(
                "%s is covered by no security constraint in web.xml and is not a declared public page",
                path)
            .contains(path);
        softly
            .assertThat(anon.statusCode())
            .as("anonymous on public %s", path)
            .isLessThan(500)
            .isNotEqualTo(403);
      } else {
        softly
            .assertThat(WebSession.toLogin(anon))
            .as("anonymous on %s (%s) is sent to log in", path, anon.statusCode())
            .isTrue();
      }
      for (String user : USERS) {
        HttpResponse<String> answer = sessions.get(user).get(path);
        checks++;
        boolean may =
            allowed.isEmpty() || allowed.get().stream().anyMatch(roles.get(user)::contains);
        if (may) {
          softly
              .assertThat(answer.statusCode())
              .as("%s may open %s", user, path)
              .isNotIn(401, 403)
              .isLessThan(500);
          softly
              .assertThat(WebSession.toLogin(answer))
              .as("%s is not sent to log in again on %s", user, path)
              .isFalse();
        } else {
          softly
              .assertThat(answer.statusCode())
              .as("%s may not open %s", user, path)
              .isEqualTo(403);
        }
      }
    }
    softly.assertAll();
    assertThat(paths).hasSizeGreaterThan(30);
    System.out.printf(
        "ACCESS MATRIX pages+downloads=%d users=%d+anonymous checks=%d%n",
        paths.size(), USERS.size(), checks);
  }

  @Test
  void anotherCompanysOrCountysRecordIsNotFoundOnAnyPageOrDownload() throws Exception {
    Map<String, Long> others = new LinkedHashMap<>();
    Map<String, Long> own = new LinkedHashMap<>();
    String soker =
        "(SELECT cu.company_id FROM company_user cu JOIN app_user u ON u.id = cu.user_id WHERE u.username = 'soker')";
    others.put(
        "application",
        id(
            "SELECT a.id FROM grant_application a JOIN decision d ON d.application_id = a.id WHERE a.county_code <> '34' ORDER BY a.id"));
    own.put(
        "application",
        id(
            "SELECT a.id FROM grant_application a JOIN decision d ON d.application_id = a.id WHERE a.county_code = '34' AND a.company_id IN "
                + soker
                + " ORDER BY a.id"));
    others.put("company", id("SELECT id FROM company WHERE id NOT IN " + soker + " ORDER BY id"));
    own.put(
        "company",
        id(
            "SELECT company_id FROM company_user cu JOIN app_user u ON u.id = cu.user_id WHERE u.username = 'soker' ORDER BY company_id"));
    others.put("line", id("SELECT id FROM budget_line WHERE county_code <> '34' ORDER BY id"));
    own.put("line", id("SELECT id FROM budget_line WHERE county_code = '34' ORDER BY id"));
    Long otherDecision =
        id("SELECT d.id FROM decision d WHERE d.application_id = " + others.get("application"));

    Set<String> idPages = new TreeSet<>();
    for (String page : pages()) {
      if (takesId(page)) {
        idPages.add(page);
      }
    }
    assertThat(ID_PAGES.keySet())
        .as("every page that takes an id says what the id is")
        .containsExactlyInAnyOrderElementsOf(idPages);

    WebXmlConstraints constraints = WebXmlConstraints.read(WEBAPP.resolve("WEB-INF/web.xml"));
    Map<String, WebSession> sessions = sessions();
    Map<String, Set<Role>> roles = rolesOf(USERS);
    SoftAssertions softly = new SoftAssertions();
    int checks = 0;
    for (Map.Entry<String, String> page : ID_PAGES.entrySet()) {
      Set<Role> allowed = constraints.rolesFor(page.getKey()).orElseThrow();
      for (String user : USERS) {
        if (allowed.stream().noneMatch(roles.get(user)::contains)) {
          continue;
        }
        boolean national =
            roles.get(user).contains(Role.ANALYST) || roles.get(user).contains(Role.ADMIN);
        if (national) {
          continue; // national analysts and admins see every county's lines by design
        }
        String kind = page.getValue();
        HttpResponse<String> foreign =
            sessions.get(user).get(page.getKey() + "?id=" + others.get(kind));
        HttpResponse<String> mine = sessions.get(user).get(page.getKey() + "?id=" + own.get(kind));
        checks += 2;
        softly
            .assertThat(foreign.statusCode())
            .as("%s on %s with another's %s", user, page.getKey(), kind)
            .isEqualTo(404);
        softly
            .assertThat(foreign.body())
            .as("%s on %s shows nothing of the other's record", user, page.getKey())
            .doesNotContain("?id=" + others.get(kind) + "&");
        softly
            .assertThat(mine.statusCode())
            .as("%s on %s with its own %s", user, page.getKey(), kind)
            .isIn(200, 302);
      }
    }
    for (String user : List.of("soker", "saksbehandler", "leder")) {
      for (String download :
          List.of("/letters/" + otherDecision + ".pdf", "/letters/" + otherDecision + ".docx")) {
        checks++;
        softly
            .assertThat(sessions.get(user).get(download).statusCode())
            .as("%s on %s", user, download)
            .isEqualTo(404);
      }
    }
    checks++;
    softly
        .assertThat(
            sessions
                .get("soker")
                .get("/grantapplication/receipt/" + others.get("application") + ".pdf")
                .statusCode())
        .isEqualTo(404);
    softly.assertAll();
    System.out.printf("ACCESS MATRIX other company/county checks=%d%n", checks);
  }

  @Test
  void everyApiCallAnswersEachKeyAsItsRolesSayAndNeverTouchesAnotherCompanysApplication()
      throws Exception {
    Map<String, String> keys = apiKeys();
    WebSession client = new WebSession(base);
    Map<String, Set<Role>> roles = rolesOf(USERS);
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints)
        .extracting(Endpoint::path)
        .contains("/api/v1/applications", "/api/v1/budget-lines");
    SoftAssertions softly = new SoftAssertions();
    int checks = 0;
    int wrongKeys = 0;
    for (Endpoint endpoint : endpoints) {
      String path = endpoint.path().replaceAll("\\{[^}]+}", "0");
      String body = endpoint.method().equals("GET") ? null : "{}";
      checks++;
      softly
          .assertThat(client.api(endpoint.method(), path, null, body).statusCode())
          .as("%s %s without a key", endpoint.method(), path)
          .isEqualTo(401);
      if (wrongKeys++
          < 5) { // more wrong keys from one address are throttled (429), which is tested on its own
        checks++;
        softly
            .assertThat(client.api(endpoint.method(), path, "no-such-key", body).statusCode())
            .as("%s %s with a wrong key", endpoint.method(), path)
            .isEqualTo(401);
      }
      for (String user : USERS) {
        int status = client.api(endpoint.method(), path, keys.get(user), body).statusCode();
        checks++;
        boolean may = endpoint.roles().stream().anyMatch(roles.get(user)::contains);
        if (!may) {
          softly
              .assertThat(status)
              .as("%s may not call %s %s", user, endpoint.method(), path)
              .isEqualTo(403);
        } else {
          softly
              .assertThat(status)
              .as("%s may call %s %s", user, endpoint.method(), path)
              .isNotEqualTo(401)
              .isLessThan(500);
        }
      }
    }

    // Another company's application: every call on it is refused and nothing about it changes.
    Long other =
        id(
            "SELECT id FROM grant_application WHERE county_code <> '34' AND status = 'SUBMITTED' ORDER BY id");
    String before = row("SELECT status, version, title FROM grant_application WHERE id = " + other);
    for (Endpoint endpoint : endpoints) {
      if (endpoint.path().startsWith("/api/v1/applications/{id}")
          && endpoint.roles().contains(Role.APPLICANT)) {
        String path = endpoint.path().replace("{id}", String.valueOf(other));
        String body =
            endpoint.method().equals("GET")
                ? null
                : "{\"title\":\"Overtatt\",\"version\":0,\"text\":\"Svar\"}";
        checks++;
        softly
            .assertThat(client.api(endpoint.method(), path, keys.get("soker"), body).statusCode())
            .as("soker: %s %s", endpoint.method(), path)
            .isEqualTo(403);
      }
    }
    softly
        .assertThat(row("SELECT status, version, title FROM grant_application WHERE id = " + other))
        .isEqualTo(before);

    softly.assertAll();
    System.out.printf(
        "ACCESS MATRIX api endpoints=%d keys=%d+none+wrong checks=%d%n",
        endpoints.size(), USERS.size(), checks);
  }

  /** A REST call and the roles its resource allows. */
  record Endpoint(String method, String path, Set<Role> roles) {}

  /**
   * A page takes an id: an {@code f:viewParam} named id on the page, or an OmniFaces {@code @Param}
   * id in its page bean ({@code /<folder>/<page>.xhtml} → {@code <folder>/web/<Page>Page.java}):
   * {@code Long id}, or {@code String idParameter} parsed by {@code Pages.idOf}.
   */
  private static boolean takesId(String page) throws IOException {
    if (Files.readString(WEBAPP.resolve(page.substring(1))).contains("<f:viewParam name=\"id\"")) {
      return true;
    }
    String[] parts = page.substring(1).replaceAll("\\.xhtml$", "").split("/");
    if (parts.length != 2) {
      return false;
    }
    StringBuilder bean = new StringBuilder();
    for (String word : parts[1].split("-")) {
      bean.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    Path source =
        Path.of("src", "main", "java", "no", "biogrants", parts[0], "web", bean + "Page.java");
    return Files.exists(source)
        && Pattern.compile("@Param(\\([^)]*\\))?\\s+private\\s+(Long\\s+id|String\\s+idParameter);")
            .matcher(Files.readString(source))
            .find();
  }

  private static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  /**
   * A request path for each servlet mapping of the app's {@code @WebServlet}s ({@code /x/*} asked
   * as {@code /x/0}).
   */
  private static List<String> servletPaths() throws IOException {
    List<String> paths = new ArrayList<>();
    for (Class<?> type : appClasses()) {
      WebServlet servlet = type.getAnnotation(WebServlet.class);
      if (servlet != null) {
        Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
            .map(p -> p.replace("/*", "/0"))
            .forEach(paths::add);
      }
    }
    assertThat(paths).as("download servlets").isNotEmpty();
    return paths;
  }

  /**
   * Every REST call of the app's {@code @Path} resources, with the roles {@link ApiRoles} gives it.
   */
  private static List<Endpoint> endpoints() throws IOException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : appClasses()) {
      jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
        ApiRoles roles =
            Optional.ofNullable(method.getAnnotation(ApiRoles.class))
                .orElse(type.getAnnotation(ApiRoles.class));
        assertThat(roles)
            .as(
                "%s.%s says which roles may call it (@ApiRoles)",
                type.getSimpleName(), method.getName())
            .isNotNull();
        Set<Role> allowed = EnumSet.noneOf(Role.class);
        allowed.addAll(List.of(roles.value()));
        String path = "/api" + slash(root.value()) + (sub == null ? "" : slash(sub.value()));
        endpoints.add(new Endpoint(verb, path, allowed));
      }
    }
    return endpoints;
  }

  private static String verb(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String slash(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
  }

  private static List<Class<?>> appClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file :
          files
              .filter(
                  p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
              .toList()) {
        String name =
            CLASSES
                .relativize(file)
                .toString()
                .replace('/', '.')
                .replace('\\', '.')
                .replaceAll("\\.class$", "");
        try {
          classes.add(Class.forName(name, false, AccessMatrixIT.class.getClassLoader()));
        } catch (Throwable e) {
          // a class that can't be loaded outside the server has no servlet or resource annotation
          // we need
        }
      }
    }
    return classes;
  }

  private Map<String, WebSession> sessions() {
    Map<String, WebSession> sessions = new LinkedHashMap<>();
    USERS.forEach(user -> sessions.put(user, new WebSession(base).login(user, PASSWORD)));
    return sessions;
  }

  /**
   * A key per demo user: the demo keys, and for the other users a key stored here as the app stores
   * them (its SHA-256).
   */
  private static Map<String, String> apiKeys() throws Exception {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("soker", "demo-applicant-key");
    keys.put("analytiker", "demo-analyst-key");
    try (Connection db = db();
        Statement sql = db.createStatement()) {
      for (String user : USERS) {
        if (keys.containsKey(user)) {
          continue;
        }
        String key = "access-matrix-" + user + "-" + System.nanoTime();
        String hash =
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(key.getBytes(StandardCharsets.UTF_8)));
        sql.executeUpdate(
            "INSERT INTO api_key (user_id, key_hash, label, created_at) SELECT id, '"
                + hash
                + "', 'Tilgangsmatrise', CURRENT_TIMESTAMP(6) FROM app_user WHERE username = '"
                + user
                + "'");
        keys.put(user, key);
      }
    }
    return keys;
  }

  private static Map<String, Set<Role>> rolesOf(List<String> users) throws SQLException {
    Map<String, Set<Role>> roles = new LinkedHashMap<>();
    try (Connection db = db();
        Statement sql = db.createStatement()) {
      for (String user : users) {
        Set<Role> found = EnumSet.noneOf(Role.class);
        try (ResultSet rs =
            sql.executeQuery(
                "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = '"
                    + user
                    + "'")) {
          while (rs.next()) {
            found.add(Role.valueOf(rs.getString(1)));
          }
        }
        assertThat(found).as("roles of %s", user).isNotEmpty();
        roles.put(user, found);
      }
    }
    return roles;
  }

  private static Long id(String query) throws SQLException {
    try (Connection db = db();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      assertThat(rs.next()).as("demo data has a row for: %s", query).isTrue();
      return rs.getLong(1);
    }
  }

  private static String row(String query) throws SQLException {
    try (Connection db = db();
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        text.append(rs.getString(i)).append('|');
      }
      return text.toString();
    }
  }

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }
}
