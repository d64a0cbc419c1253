package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The session and Content-Security-Policy settings of web.xml, as documented in config/README. */
class WebXmlTest {

  private static Document webXml;
  private static final XPath XPATH = XPathFactory.newInstance().newXPath();

  @BeforeAll
  static void read() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    webXml =
        factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
  }

  private static String value(String path) throws Exception {
    return XPATH.evaluate(path, webXml).strip();
  }

  private static String contextParam(String name) throws Exception {
    return value(
        "/*[local-name()='web-app']/*[local-name()='context-param'][*[local-name()='param-name']='"
            + name
            + "']/*[local-name()='param-value']");
  }

  @Test
  void idI1_idleSessionsEndAfterThirtyMinutesAndLiveOnlyInAnHttpOnlyCookie() throws Exception {
    String config = "/*[local-name()='web-app']/*[local-name()='session-config']/";
    assertThat(value(config + "*[local-name()='session-timeout']")).isEqualTo("30");
    assertThat(value(config + "*[local-name()='cookie-config']/*[local-name()='http-only']"))
        .isEqualTo("true");
    assertThat(value(config + "*[local-name()='tracking-mode']")).isEqualTo("COOKIE");
  }

  @Test
  void infW3_scriptsRunOnlyFromThisSiteOrWithThePagesNonce() throws Exception {
    assertThat(contextParam("primefaces.CSP")).isEqualTo("true");
    String policy = contextParam("primefaces.CSP_POLICY");
    assertThat(policy)
        .as("PrimeFaces appends the nonce, so script-src comes last")
        .endsWith("script-src 'self'");
    assertThat(policy)
        .contains(
            "default-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");
    assertThat(policy).doesNotContain("unsafe-eval");
    assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
  }
}
