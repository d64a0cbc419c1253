package no.biogrants.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa) run in the page the
 * browser shows. axe.min.js comes from the build (pom.xml fetches it from npm into target/axe; the
 * system property {@code axe.script} says where), never from the network at run time. Each distinct
 * page is checked once per browser; {@link #report} prints {@code AXE pages=N rules=M violations=V}
 * and fails with every violation found.
 */
final class Accessibility {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * Violations axe reports inside markup that PrimeFaces generates and the page cannot change: one
   * rule on one selector each, with the reason. Keep this list short and precise. Empty: every
   * violation found so far was fixed in our pages, templates and CSS (README, "Accessibility").
   */
  private static final List<Waiver> WAIVERS = List.of();

  /** One rule waived on the elements whose axe target contains {@code target}. */
  record Waiver(String rule, String target, String why) {}

  private static String script;

  private final Set<String> checked = new TreeSet<>();
  private final Set<String> rules = new TreeSet<>();
  private final List<String> violations = new ArrayList<>();

  /** Checks the page once per distinct state; prints violations as they are found. */
  void check(WebDriver driver, String pageName) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String page = pageName + " | " + state(js);
    if (!checked.add(page)) {
      return;
    }
    System.out.println("AXE checking " + page);
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
      js.executeScript(axeScript());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                    + ".then(r => done({"
                    + "  rules: [].concat(r.passes, r.violations, r.incomplete, r.inapplicable).map(x => x.id),"
                    + "  violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                    + "    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.substring(0, 160)}))}))}))"
                    + ".catch(e => done({error: String(e)}));",
                TAGS);
    if (result.containsKey("error")) {
      throw new AssertionError("axe-core failed on " + pageName + ": " + result.get("error"));
    }
    @SuppressWarnings("unchecked")
    List<String> ran = (List<String>) result.get("rules");
    rules.addAll(ran);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found = (List<Map<String, Object>>) result.get("violations");
    for (Map<String, Object> v : found) {
      String rule = (String) v.get("id");
      @SuppressWarnings("unchecked")
      List<Map<String, String>> nodes = (List<Map<String, String>>) v.get("nodes");
      List<String> shown = new ArrayList<>();
      for (Map<String, String> node : nodes) {
        if (WAIVERS.stream()
            .noneMatch(w -> w.rule().equals(rule) && node.get("target").contains(w.target()))) {
          shown.add(
              "      " + node.get("target") + "  " + node.get("html").replaceAll("\\s+", " "));
        }
      }
      if (!shown.isEmpty()) {
        String line =
            pageName
                + ": "
                + rule
                + " ("
                + v.get("impact")
                + ") "
                + v.get("help")
                + "\n"
                + String.join("\n", shown);
        violations.add(line);
        System.out.println("AXE VIOLATION " + line);
      }
    }
  }

  /**
   * Which state of a page this is: the ids of its forms and its h2 headings (so each step of a
   * wizard or each panel shown counts as a page of its own).
   */
  static String state(JavascriptExecutor js) {
    return (String)
        js.executeScript(
            "return Array.from(document.querySelectorAll('form[id]')).map(f => f.id).join(',')"
                + " + ' | ' + Array.from(document.querySelectorAll('h2')).map(h => h.textContent.trim()).join(' / ');");
  }

  /** Prints the summary line; fails with the readable list if any page broke a rule. */
  void report() {
    System.out.println(
        "AXE pages="
            + checked.size()
            + " rules="
            + rules.size()
            + " violations="
            + violations.size());
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "WCAG 2.1 A/AA violations (axe-core) on "
              + violations.size()
              + " page/rule pairs:\n"
              + String.join("\n", violations));
    }
  }

  private static synchronized String axeScript() {
    if (script == null) {
      Path file =
          Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
      try {
        script = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core not found at " + file + " (mvn verify fetches it from npm)", e);
      }
    }
    return script;
  }
}
