package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.biogrants.it.FormClient;
import org.assertj.core.api.SoftAssertions;

/**
 * Posts hostile values into the fields of a Faces form the way a browser would: the page's fields
 * as it had them (the form's own marker, the ViewState, the CSP nonce PrimeFaces' script adds), the
 * test's valid values on top, and one field changed to a hostile value per post, each from the page
 * the last one was answered with, as a user correcting what was refused. Every answer must be the
 * same page again (a refusal) or a redirect after saving to a page that works, never an error page
 * or a stack trace; a refusal must say why, in Norwegian, next to the field when it has a place for
 * messages (else at the top of the page), and must leave what is stored as it was; a script typed
 * in is never written back as markup.
 */
final class FormFuzzer {

  /**
   * Too long, markup, SQL, control characters, empty, numbers out of range, a date that does not
   * exist, an unknown choice.
   */
  static final List<String> HOSTILE =
      List.of(
          "x".repeat(5000),
          "<script>alert('x')</script>",
          "' OR 1=1; DROP TABLE grant_application; --",
          "\u0000\u001b[31m",
          "",
          "-1",
          "1e30",
          "99999999999999999999999",
          "31.02.2026",
          "UNKNOWN_VALUE");

  /**
   * The few every field gets at least: too long, markup, SQL, a wrong number, a wrong date, an
   * unknown choice.
   */
  static final List<String> CORE =
      List.of(
          HOSTILE.get(0), HOSTILE.get(1), HOSTILE.get(2), "1e30", "31.02.2026", "UNKNOWN_VALUE");

  private static final Pattern REPEATED_ROW = Pattern.compile(":[1-9][0-9]*:");
  private static final String SCRIPT = "<script>alert(";

  /**
   * PrimeFaces' number input posts the number in a hidden field beside the formatted one its script
   * keeps in step.
   */
  private static final String NUMBER_VALUE = "_hinput";

  private static final String NUMBER_SHOWN = "_input";
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"([^>]*)>", Pattern.DOTALL);
  private static final Pattern BUTTON =
      Pattern.compile("<button\\b[^>]*name=\"([^\"]+)\"", Pattern.DOTALL);

  /**
   * A p:message: its id and the client id of the input it is for (PrimeFaces writes both into the
   * widget's script).
   */
  private static final Pattern MESSAGE =
      Pattern.compile(
          "PrimeFaces\\.cw\\(\"Message\",\"[^\"]*\",\\{id:\"([^\"]+)\",target:\"([^\"]+)\"");

  private static final Pattern ERROR_PAGE =
      Pattern.compile(
          "\tat |Internal Server Error|Noe gikk galt|Handlingen kunne ikke fullføres|[A-Za-z]+Exception: ");

  /**
   * Faces' and PrimeFaces' own English messages, where the bundle has no Norwegian text for them.
   */
  private static final Pattern UNTRANSLATED =
      Pattern.compile(
          "Validation Error|Conversion Error|Invalid number|could not be understood|must be a number");

  private static final Pattern SHOWN_MESSAGE =
      Pattern.compile(
          "(?:ui-message-error-detail\"[^>]*>|<li class=\"message-error\">)(.*?)</(?:span|li)>",
          Pattern.DOTALL);

  /** Faces' global messages (the layout's h:messages, errorClass message-error). */
  private static final String GLOBAL_ERROR = "class=\"message-error\"";

  private final SoftAssertions softly;
  private final Set<String> forms = new LinkedHashSet<>();
  private int posts;

  FormFuzzer(SoftAssertions softly) {
    this.softly = softly;
  }

  /**
   * A form on a page, posted with its button ({@code button}: the button's id, or the end of it for
   * a button in a repeat).
   */
  Form form(FormClient client, String form, String button) {
    return new Form(client, form, button);
  }

  int posts() {
    return posts;
  }

  /** How many forms were fuzzed. */
  int forms() {
    return forms.size();
  }

  /**
   * One form to fuzz: where it is, what it needs to be valid, what must not change and what to do
   * after a post was taken.
   */
  final class Form {

    private final FormClient client;
    private final String form;
    private final String button;
    private Supplier<String> path;
    private final Map<String, String> valid = new LinkedHashMap<>();
    private Supplier<String> stored;
    private Runnable accepted = () -> {};
    private boolean answersOnThePage;
    private boolean fewerInRepeatedRows;
    private boolean refusalMessagesChecked = true;
    private int taken;

    /**
     * The page the form was last got from, its fields as they were, and the page the form was last
     * shown on (the same, or a refusal since).
     */
    private String shownAt;

    private Map<String, String> shownFields;
    private String last;

    private Form(FormClient client, String form, String button) {
      this.client = client;
      this.form = form;
      this.button = button;
    }

    Form at(String path) {
      return at(() -> path);
    }

    /**
     * The page, asked again before every post (a case used up by a post is replaced by a fresh
     * one).
     */
    Form at(Supplier<String> path) {
      this.path = path;
      return this;
    }

    /**
     * A valid value for a field, posted with every hostile value in another field, so a refusal is
     * the hostile value's (a number input's value goes into its formatted text too).
     */
    Form with(String field, String value) {
      valid.put(field, value);
      if (field.endsWith(NUMBER_VALUE)) {
        valid.put(field.replace(NUMBER_VALUE, NUMBER_SHOWN), value);
      }
      return this;
    }

    /** What is stored that a refused post must leave as it was. */
    Form stored(Supplier<String> stored) {
      this.stored = stored;
      return this;
    }

    /**
     * Runs after a post the page took (redirected after saving): put the data back, or take a fresh
     * case.
     */
    Form afterAccepted(Runnable accepted) {
      this.accepted = accepted;
      return this;
    }

    /**
     * The rows of a table after the first (the same inputs again) get only the {@link #CORE}
     * values.
     */
    Form fewerInRepeatedRows() {
      this.fewerInRepeatedRows = true;
      return this;
    }

    /**
     * A refusal is not checked for its message: for forms known to refuse some posted values
     * without one.
     */
    Form refusalMessagesUnchecked() {
      this.refusalMessagesChecked = false;
      return this;
    }

    /**
     * The button shows its result on the page itself (a search, a preview): the page again is a
     * refusal only when it shows an error.
     */
    Form answersOnThePage() {
      this.answersOnThePage = true;
      return this;
    }

    /** Posts every hostile value into every field of the form, one at a time. */
    void run() throws Exception {
      long started = System.nanoTime();
      forms.add(path.get().replaceAll("\\?.*", "") + "#" + form);
      int sent = 0;
      for (String field : names(page(), form)) {
        for (String hostile :
            fewerInRepeatedRows && REPEATED_ROW.matcher(field).find() ? CORE : HOSTILE) {
          post(field, hostile);
          sent++;
        }
      }
      posts += sent;
      System.out.printf(
          "FUZZ form %s %s posts=%d taken=%d ms=%d%n",
          path.get().replaceAll("\\?.*", ""),
          form,
          sent,
          taken,
          (System.nanoTime() - started) / 1_000_000);
    }

    private void post(String field, String hostile) throws Exception {
      String at = path.get();
      if (!at.equals(shownAt)) {
        last = page();
        shownAt = at;
        shownFields = fields(last, form);
      }
      String page = last;
      String heading = heading(page);
      Map<String, String> post = new LinkedHashMap<>(shownFields);
      post.putAll(valid);
      post.put(field, hostile);
      if (field.endsWith(NUMBER_VALUE)) {
        post.put(field.replace(NUMBER_VALUE, NUMBER_SHOWN), hostile);
      }
      post.put(buttonName(page), "");
      post.put(FormClient.VIEW_STATE, FormClient.viewState(page));
      post.put(FormClient.NONCE, FormClient.nonce(page));
      String before = stored == null ? null : stored.get();
      HttpResponse<String> answer = client.post(at.replaceAll("\\?.*", ""), post);
      String what =
          at
              + " "
              + field
              + " = "
              + (hostile.length() > 30 ? hostile.substring(0, 30) + "…" : hostile);
      softly.assertThat(answer.statusCode()).as("status for %s", what).isIn(200, 302, 303);
      noErrorPage(answer.body(), what);
      if (answer.statusCode() == 200) {
        // The next post goes from the page shown now, as a user who corrects what was refused.
        last = answer.body();
        if (!last.contains("id=\"" + form + "\"")) {
          shownAt = null;
        }
        softly
            .assertThat(heading(answer.body()))
            .as("the same page again for %s", what)
            .isEqualTo(heading);
        if (refusalMessagesChecked && (!answersOnThePage || hasAnyError(answer.body()))) {
          refusalShown(answer.body(), field, what);
        }
        if (stored != null) {
          softly
              .assertThat(stored.get())
              .as("nothing saved when refusing %s", what)
              .isEqualTo(before);
        }
      } else {
        String location = answer.headers().firstValue("Location").orElse("");
        softly
            .assertThat(location)
            .as("redirect after saving %s", what)
            .doesNotContain("/login", "/error");
        HttpResponse<String> next =
            client.get(
                URI.create(location).getRawPath()
                    + (URI.create(location).getRawQuery() == null
                        ? ""
                        : "?" + URI.create(location).getRawQuery()));
        softly.assertThat(next.statusCode()).as("page after saving %s", what).isEqualTo(200);
        noErrorPage(next.body(), what);
        shownAt = null;
        taken++;
        accepted.run();
      }
    }

    private String page() throws Exception {
      HttpResponse<String> page = client.get(path.get());
      assertThat(page.statusCode()).as("GET %s", path.get()).isEqualTo(200);
      assertThat(page.body()).as("form %s on %s", form, path.get()).contains("id=\"" + form + "\"");
      return page.body();
    }

    private String buttonName(String page) {
      Matcher buttons = BUTTON.matcher(formBody(page, form));
      while (buttons.find()) {
        if (buttons.group(1).equals(button)
            || buttons.group(1).endsWith(button.substring(button.lastIndexOf(':')))) {
          return buttons.group(1);
        }
      }
      throw new AssertionError("no button " + button + " in form " + form);
    }

    /**
     * A refused post says why: next to the field when the form has a message for it (or for the
     * table or group the field is in), else at the top of the page; never only next to another
     * field, nor nowhere.
     */
    private void refusalShown(String html, String field, String what) {
      Map<String, String> messages = new LinkedHashMap<>();
      Matcher m = MESSAGE.matcher(formBody(html, form));
      while (m.find()) {
        messages.put(component(m.group(2)), m.group(1));
      }
      String component = component(field);
      List<String> places = new ArrayList<>();
      messages.forEach(
          (target, message) -> {
            if (component.equals(target) || component.startsWith(target + ":")) {
              places.add(message);
            }
          });
      if (places.isEmpty()) {
        softly
            .assertThat(html.contains(GLOBAL_ERROR))
            .as(
                "a message at the top of the page when refusing %s; shown: %s",
                what, shownMessages(html))
            .isTrue();
      } else {
        softly
            .assertThat(places.stream().anyMatch(message -> hasError(html, message)))
            .as(
                "a message next to the field when refusing %s; shown: %s",
                what, shownMessages(html))
            .isTrue();
      }
    }
  }

  private void noErrorPage(String body, String what) {
    softly
        .assertThat(excerpt(body, ERROR_PAGE))
        .as("no stack trace or error page for %s", what)
        .isEmpty();
    softly
        .assertThat(excerpt(body, Pattern.compile(Pattern.quote(SCRIPT))))
        .as("markup typed in is shown as text for %s", what)
        .isEmpty();
    softly
        .assertThat(excerpt(body, UNTRANSLATED))
        .as("messages in Norwegian for %s", what)
        .isEmpty();
  }

  /**
   * The text around the first match, or "" when there is none: a short failure message instead of
   * the whole page.
   */
  private static String excerpt(String html, Pattern pattern) {
    Matcher m = pattern.matcher(html);
    return m.find()
        ? html.substring(Math.max(0, m.start() - 80), Math.min(html.length(), m.end() + 80))
        : "";
  }

  /** The messages the page shows: next to fields and at the top. */
  private static List<String> shownMessages(String html) {
    List<String> shown = new ArrayList<>();
    Matcher m = SHOWN_MESSAGE.matcher(html);
    while (m.find()) {
      shown.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }
    return shown;
  }

  private static boolean hasAnyError(String html) {
    return html.contains("ui-message-error") || html.contains(GLOBAL_ERROR);
  }

  private static boolean hasError(String html, String messageId) {
    Matcher div =
        Pattern.compile("<div id=\"" + Pattern.quote(messageId) + "\"[^>]*class=\"([^\"]*)\"")
            .matcher(html);
    return div.find() && div.group(1).contains("ui-message-error");
  }

  /**
   * The component a posted name or a message's target belongs to: PrimeFaces adds _input, _hinput,
   * _label to its inputs' names, and a message for radio buttons targets the first (":0").
   */
  private static String component(String name) {
    return name.replaceAll("_(input|hinput|label)$", "").replaceAll(":0$", "");
  }

  private static String formBody(String html, String form) {
    int start = html.indexOf("id=\"" + form + "\"");
    assertThat(start).as("form %s on the page", form).isNotNegative();
    return html.substring(start, html.indexOf("</form>", start));
  }

  /**
   * Every field of the form a user can fill in or choose, checked or not (hidden fields too, as
   * anyone can post them); a number input once, as its value and its formatted text go together.
   */
  private static List<String> names(String html, String form) {
    Set<String> names = new LinkedHashSet<>();
    String body = formBody(html, form);
    Matcher inputs = INPUT.matcher(body);
    while (inputs.find()) {
      String name = attribute(inputs.group(), "name");
      if (name != null && !ignored(inputs.group(), name, form)) {
        names.add(name);
      }
    }
    Matcher areas = TEXTAREA.matcher(body);
    while (areas.find()) {
      names.add(areas.group(1));
    }
    Matcher selects = SELECT.matcher(body);
    while (selects.find()) {
      names.add(selects.group(1));
    }
    names.removeIf(
        n ->
            n.endsWith(NUMBER_SHOWN)
                && names.contains(
                    n.substring(0, n.length() - NUMBER_SHOWN.length()) + NUMBER_VALUE));
    return new ArrayList<>(names);
  }

  /**
   * The form's fields as the browser would post them: its marker, text, hidden, checked boxes,
   * selected options, text areas.
   */
  private static Map<String, String> fields(String html, String form) {
    String body = formBody(html, form);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(form, form);
    Matcher inputs = INPUT.matcher(body);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(tag, "name");
      String type = attribute(tag, "type");
      if (name == null
          || ignored(tag, name, form)
          || (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked"))) {
        continue;
      }
      fields.put(
          name,
          unescape(
              attribute(tag, "value") == null
                  ? ("checkbox".equals(type) ? "on" : "")
                  : attribute(tag, "value")));
    }
    Matcher areas = TEXTAREA.matcher(body);
    while (areas.find()) {
      fields.put(areas.group(1), unescape(areas.group(2)));
    }
    Matcher selects = SELECT.matcher(body);
    while (selects.find()) {
      Matcher options = OPTION.matcher(selects.group(2));
      String chosen = null;
      while (options.find()) {
        if (chosen == null || options.group(2).contains("selected")) {
          chosen = options.group(1);
        }
      }
      fields.put(selects.group(1), chosen == null ? "" : unescape(chosen));
    }
    return fields;
  }

  private static boolean ignored(String tag, String name, String form) {
    String type = attribute(tag, "type");
    return name.equals(FormClient.VIEW_STATE)
        || name.equals(FormClient.NONCE)
        || name.equals(form)
        || List.of("submit", "button", "file", "image", "reset").contains(type);
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#58;", ":")
        .replace("&amp;", "&");
  }

  private static String heading(String html) {
    Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(html);
    return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
  }
}
