package no.biogrants.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page as a person sees it, at a desktop window's width (1 280 px, the browser's own) and at a
 * phone's (390 px, by Chromium's device metrics, without resizing the window): on each distinct
 * page state it saves a full-page screenshot at both widths into {@code target/screenshots/}
 * ({@code <test class>-<test>-<nn>-<page path>-<state>-1280.png} and {@code -390.png}) and checks
 * at both that the document does not scroll sideways and that no table, form field, label or button
 * reaches past the right edge of a box it sits in (cut off by an ancestor that clips, or drawn
 * outside it over what sits next to it), unless, at the phone's width only, a box in between
 * scrolls sideways on its own ({@code overflow-x: auto}); and that every label of a form grid sits
 * beside its own field ({@code for}). {@link #report} fails with every problem found, naming page
 * and element.
 */
final class PageLayout {

  static final int WIDE = 1280;
  static final int PHONE = 390;

  /**
   * Returns the problems of the page at the current width, at most 40: the document scrolling
   * sideways (with the outermost elements that reach past the window) and every table, field, label
   * or button reaching past the right edge of a box that holds it; a box that scrolls sideways on
   * its own excuses that at a phone's width only (argument 0 false), not at 1 280 px.
   */
  private static final String CHECK =
      """
      const describe = e => {
        let s = e.tagName.toLowerCase();
        if (e.id) s += '#' + e.id;
        const cls = typeof e.className === 'string' ? e.className.trim().split(/\\s+/).filter(c => c).slice(0, 3) : [];
        if (cls.length) s += '.' + cls.join('.');
        const text = (e.tagName === 'INPUT' ? (e.value || e.getAttribute('aria-label') || '') : (e.innerText || '')).trim().replace(/\\s+/g, ' ');
        if (text && e.tagName !== 'TABLE') s += ' «' + text.substring(0, 40) + '»';
        return s;
      };
      // Seen: not hidden, and not inside a box shrunk to a pixel for screen readers only
      // (PrimeFaces' ui-helper-hidden-accessible around a menu's native select, .visually-hidden).
      const shown = e => {
        const r = e.getBoundingClientRect();
        if (r.width <= 2 || r.height <= 2) return false;
        const cs = getComputedStyle(e);
        if (cs.visibility === 'hidden' || cs.display === 'none') return false;
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          const b = a.getBoundingClientRect();
          if ((b.width <= 2 || b.height <= 2) && getComputedStyle(a).overflow !== 'visible') return false;
        }
        return true;
      };
      const problems = [];
      const doc = document.documentElement, width = doc.clientWidth;
      if (doc.scrollWidth > width + 1) {
        const outer = Array.from(document.body.querySelectorAll('*')).filter(e => {
          const r = e.getBoundingClientRect();
          return r.right > width + 1 && r.width > 0 && e.parentElement
            && e.parentElement.getBoundingClientRect().right <= width + 1;
        }).slice(0, 3).map(e => describe(e) + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + ' px)');
        problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + width
          + ' px window; reaching past it: ' + outer.join(', '));
      }
      const selector = 'table, input:not([type=hidden]), select, textarea, label, button, a.ui-button,'
        + ' .ui-selectonemenu, .ui-inputnumber, .ui-datepicker, .ui-selectmanycheckbox, .ui-chkbox';
      for (const e of document.querySelectorAll(selector)) {
        if (problems.length >= 40) break;
        if (!shown(e)) continue;
        const right = e.getBoundingClientRect().right;
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.display === 'inline' || cs.display === 'contents' || cs.position === 'fixed') continue;
          const box = a.getBoundingClientRect();
          if (box.width === 0) continue;
          const inner = box.left + a.clientLeft + (a.clientWidth || box.width);
          if (right <= inner + 2) continue;
          const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
          if (scrolls && !arguments[0]) break;
          problems.push(describe(e) + (cs.overflowX === 'visible' ? ' sticks out of ' : ' is cut off by ')
            + describe(a).replace(/ «.*$/, '') + ' by ' + Math.round(right - inner) + ' px'
            + (scrolls ? " (it scrolls sideways: only at a phone's width may a box do that)" : ''));
          break;
        }
      }
      // A form's label sits beside (at a phone's width: above) its own field, in the grid cell
      // that follows it, and on the same row: a missing or extra cell shifts every label after it.
      for (const l of document.querySelectorAll('.form-grid > label')) {
        if (problems.length >= 40 || !shown(l)) continue;
        const name = 'label «' + l.innerText.trim() + '»';
        const field = l.htmlFor && document.getElementById(l.htmlFor);
        const cell = l.nextElementSibling;
        if (!field) {
          problems.push(name + ' is bound to no field (for="' + l.htmlFor + '")');
        } else if (!cell || !cell.contains(field)) {
          problems.push(name + ' sits beside ' + (cell ? describe(cell) : 'nothing') + ', not beside its field ' + describe(field));
        } else if (arguments[0] && Math.abs(l.getBoundingClientRect().top - cell.getBoundingClientRect().top) > 16) {
          problems.push(name + ' is not on the row of its field ' + describe(field));
        }
      }
      return problems;
      """;

  private final List<String> problems = new ArrayList<>();
  private final String prefix = testClass();
  private int shots;
  private long millis;

  /** Screenshots and checks the page (a new distinct state) at both widths. */
  void check(ChromeDriver driver, String pageName, String state) {
    long start = System.nanoTime();
    String name = String.format("%s-%03d-%s", prefix, ++shots, slug(pageName + " " + state));
    look(driver, pageName, name, WIDE);
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    try {
      look(driver, pageName, name, PHONE);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      settle(driver);
    }
    millis += (System.nanoTime() - start) / 1_000_000;
  }

  private void look(ChromeDriver driver, String pageName, String name, int width) {
    settle(driver);
    @SuppressWarnings("unchecked")
    List<String> found = (List<String>) driver.executeScript(CHECK, width == WIDE);
    for (String problem : found) {
      String line = pageName + " at " + width + " px (" + name + "-" + width + ".png): " + problem;
      problems.add(line);
      System.out.println("LAYOUT PROBLEM " + line);
    }
    save(driver, name + "-" + width);
  }

  /** Waits two animation frames, so the page has laid itself out at the new width. */
  private static void settle(JavascriptExecutor js) {
    js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
  }

  /** The whole page (up to 12 000 px down), not only the window. */
  static void save(ChromeDriver driver, String name) {
    @SuppressWarnings("unchecked")
    List<Number> size =
        (List<Number>)
            driver.executeScript(
                "const d = document.documentElement;"
                    + "return [Math.max(d.scrollWidth, d.clientWidth), Math.min(Math.max(d.scrollHeight, d.clientHeight), 12000)];");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1)));
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the summary line; returns every problem found (empty when none). */
  List<String> report() {
    System.out.println(
        "LAYOUT pages="
            + shots
            + " problems="
            + problems.size()
            + " seconds="
            + String.format(Locale.ROOT, "%.1f", millis / 1000.0)
            + " ("
            + prefix
            + ")");
    return List.copyOf(problems);
  }

  /** "Søknad / Opplæringsplan" → "soknad-opplaeringsplan" (at most 90 characters). */
  static String slug(String text) {
    String plain =
        Normalizer.normalize(
                text.toLowerCase(Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "o")
                    .replace("å", "a")
                    .replace(".xhtml", ""),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return plain.length() > 90 ? plain.substring(0, 90).replaceAll("-$", "") : plain;
  }

  /** The test that drives the browser: class and method of the first *IT or *Test on the stack. */
  private static String testClass() {
    for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
      String cls = frame.getClassName();
      String simple = cls.substring(cls.lastIndexOf('.') + 1);
      if (cls.startsWith("no.biogrants")
          && (simple.endsWith("IT") || simple.endsWith("Test"))
          && !simple.contains("$")) {
        return simple + "-" + frame.getMethodName();
      }
    }
    return "browser";
  }
}
