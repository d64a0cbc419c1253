package no.biogrants.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The security constraints of the app's own web.xml, read as the servlet container matches them: an
 * exact pattern before the longest path prefix ({@code /x/*}) before an extension ({@code
 * *.xhtml}). The access matrix takes what each role should get from here.
 */
final class WebXmlConstraints {

  /** One url-pattern with the roles that may reach it (empty: nobody). */
  record Constraint(String pattern, Set<Role> roles) {}

  private final List<Constraint> constraints;

  private WebXmlConstraints(List<Constraint> constraints) {
    this.constraints = List.copyOf(constraints);
  }

  static WebXmlConstraints read(Path webXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(webXml.toFile());
    List<Constraint> found = new ArrayList<>();
    NodeList security = doc.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < security.getLength(); i++) {
      Element constraint = (Element) security.item(i);
      NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
      if (auth.getLength() == 0) {
        continue; // only a transport guarantee, no access rule
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      NodeList names = ((Element) auth.item(0)).getElementsByTagNameNS("*", "role-name");
      for (int j = 0; j < names.getLength(); j++) {
        roles.add(Role.valueOf(names.item(j).getTextContent().strip()));
      }
      NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
      for (int j = 0; j < patterns.getLength(); j++) {
        found.add(new Constraint(patterns.item(j).getTextContent().strip(), roles));
      }
    }
    return new WebXmlConstraints(found);
  }

  /** The roles that may reach the path, or empty when no constraint covers it (a public path). */
  Optional<Set<Role>> rolesFor(String path) {
    Constraint best = null;
    int bestRank = -1;
    for (Constraint c : constraints) {
      int rank = rank(c.pattern(), path);
      if (rank > bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best).map(Constraint::roles);
  }

  /**
   * How specific the pattern is for the path: -1 no match; exact beats longer prefix beats
   * extension.
   */
  private static int rank(String pattern, String path) {
    if (pattern.equals(path)) {
      return Integer.MAX_VALUE;
    }
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      return path.equals(prefix) || path.startsWith(prefix + "/") ? 1000 + prefix.length() : -1;
    }
    if (pattern.startsWith("*.")) {
      return path.endsWith(pattern.substring(1)) ? 1 : -1;
    }
    return -1;
  }
}
