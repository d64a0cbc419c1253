package no.biogrants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
 * The features (the packages directly under {@code no.biogrants}, each with its subpackages) depend
 * on each other without cycles, so each can be read, tested and changed starting from the ones it
 * uses. The directions allowed besides that:
 *
 * <ul>
 *   <li>every feature may depend on {@code shared}, and {@code shared} depends on no other feature;
 *   <li>{@code demo} may depend on every feature, and no feature depends on {@code demo};
 *   <li>{@code infrastructure} is a feature like the others: it may be used, but not in a cycle.
 * </ul>
 *
 * The dependencies are read from the compiled main classes ({@code target/classes}): every class a
 * class file names in its constant pool (classes, field and method descriptors, generic signatures,
 * annotations), and every string constant that names a class or package of a feature (a JPQL query
 * naming an entity's class, a resource bundle's base name). Constants the compiler inlines (the
 * role names in {@code @RolesAllowed}) leave no trace in a class file, so the import lines of the
 * sources ({@code src/main/java}) count too.
 */
class FeatureCycleTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final String BASE = "no/biogrants/";
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern DESCRIPTOR = Pattern.compile("L(no/biogrants/[\\w/$]+);");
  private static final Pattern NAMED = Pattern.compile("no\\.biogrants\\.([a-z]\\w*)\\.(\\w+)");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(?:static\\s+)?(no\\.biogrants\\.[\\w.]+)\\s*;");
  private static final String SHARED = "shared";
  private static final String DEMO = "demo";

  @Test
  void theFeaturesDependOnEachOtherWithoutCycles() throws IOException {
    Map<String, Map<String, List<String>>> graph = featureGraph();
    assertThat(graph).as("features found").hasSizeGreaterThan(10);
    List<String> cycles = new ArrayList<>();
    for (Set<String> component : stronglyConnected(graph)) {
      cycles.add(describe(cycleIn(component, graph), graph));
    }
    assertThat(cycles).as("cycles between features (one edge named per step)").isEmpty();
  }

  @Test
  void sharedDependsOnNoOtherFeature() throws IOException {
    assertThat(edgesFrom(SHARED, featureGraph())).as("shared depends on").isEmpty();
  }

  @Test
  void noFeatureDependsOnDemo() throws IOException {
    List<String> edges = new ArrayList<>();
    featureGraph()
        .forEach(
            (from, targets) -> {
              if (!from.equals(DEMO) && targets.containsKey(DEMO)) {
                edges.add(from + " → demo: " + targets.get(DEMO).get(0));
              }
            });
    assertThat(edges).as("features that depend on demo").isEmpty();
  }

  private static List<String> edgesFrom(
      String feature, Map<String, Map<String, List<String>>> graph) {
    List<String> edges = new ArrayList<>();
    graph
        .getOrDefault(feature, Map.of())
        .forEach((to, examples) -> edges.add(feature + " → " + to + ": " + examples.get(0)));
    return edges;
  }

  /** Feature → feature it uses → the class references that make it use it ("a.B → c.D"), sorted. */
  static Map<String, Map<String, List<String>>> featureGraph() throws IOException {
    Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
    try (Stream<Path> files = Files.walk(CLASSES.resolve("no/biogrants"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String from =
            CLASSES.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
        String fromFeature = featureOf(from);
        if (fromFeature == null) {
          continue;
        }
        edges.computeIfAbsent(fromFeature, f -> new TreeMap<>());
        for (String to : referencedClasses(file)) {
          String toFeature = featureOf(to);
          if (toFeature != null && !toFeature.equals(fromFeature)) {
            edges
                .get(fromFeature)
                .computeIfAbsent(toFeature, f -> new TreeSet<>())
                .add(readable(from) + " → " + readable(to));
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(SOURCES.resolve("no/biogrants"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from =
            SOURCES.relativize(file).toString().replace('\\', '/').replaceAll("\\.java$", "");
        String fromFeature = featureOf(from);
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (fromFeature != null && imported.find()) {
          String to = imported.group(1).replace('.', '/');
          String toFeature = featureOf(to);
          if (toFeature != null && !toFeature.equals(fromFeature)) {
            edges
                .computeIfAbsent(fromFeature, f -> new TreeMap<>())
                .computeIfAbsent(toFeature, f -> new TreeSet<>())
                .add(readable(from) + " → " + readable(to));
          }
        }
      }
    }
    Map<String, Map<String, List<String>>> graph = new TreeMap<>();
    edges.forEach(
        (from, targets) -> {
          Map<String, List<String>> lists = new TreeMap<>();
          targets.forEach((to, examples) -> lists.put(to, List.copyOf(examples)));
          graph.put(from, lists);
        });
    return graph;
  }

  private static String featureOf(String internalName) {
    if (!internalName.startsWith(BASE)) {
      return null;
    }
    String rest = internalName.substring(BASE.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? null : rest.substring(0, slash);
  }

  private static String readable(String internalName) {
    String name = internalName.substring(BASE.length()).replace('/', '.');
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  /**
   * The classes a class file names: its class entries, every descriptor in its other UTF-8 entries,
   * and what its string literals name ({@code no.biogrants.payment.PaymentRequest} in a query).
   */
  static Set<String> referencedClasses(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile);
        DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).as("magic of %s", classFile).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort();
      data.readUnsignedShort();
      int count = data.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> classNames = new ArrayList<>();
      Set<Integer> literals = new HashSet<>();
      for (int i = 1; i < count; i++) {
        int tag = data.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = data.readUTF();
          case 7 -> classNames.add(data.readUnsignedShort());
          case 8 -> literals.add(data.readUnsignedShort());
          case 16, 19, 20 -> data.readUnsignedShort();
          case 15 -> data.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
          case 5, 6 -> {
            data.skipBytes(8);
            i++;
          }
          default ->
              throw new IllegalStateException("constant pool tag " + tag + " in " + classFile);
        }
      }
      Set<String> classes = new TreeSet<>();
      for (int index : classNames) {
        String name = utf8[index];
        if (name.startsWith("[")) {
          addDescriptors(name, classes);
        } else {
          classes.add(name);
        }
      }
      for (int i = 1; i < count; i++) {
        if (utf8[i] != null && !literals.contains(i)) {
          addDescriptors(utf8[i], classes);
        }
      }
      for (int index : literals) {
        Matcher named = NAMED.matcher(utf8[index]);
        while (named.find()) {
          classes.add(BASE + named.group(1) + "/" + named.group(2));
        }
      }
      return classes;
    }
  }

  private static void addDescriptors(String text, Set<String> classes) {
    Matcher matcher = DESCRIPTOR.matcher(text);
    while (matcher.find()) {
      classes.add(matcher.group(1));
    }
  }

  /**
   * The strongly connected components with more than one feature (Tarjan), each a set of features
   * in a cycle.
   */
  static List<Set<String>> stronglyConnected(Map<String, Map<String, List<String>>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String feature : graph.keySet()) {
      if (!index.containsKey(feature)) {
        connect(feature, graph, index, low, stack, onStack, components);
      }
    }
    return components;
  }

  private static void connect(
      String feature,
      Map<String, Map<String, List<String>>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> components) {
    index.put(feature, index.size());
    low.put(feature, index.get(feature));
    stack.push(feature);
    onStack.add(feature);
    for (String next : graph.getOrDefault(feature, Map.of()).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, onStack, components);
        low.put(feature, Math.min(low.get(feature), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(feature, Math.min(low.get(feature), index.get(next)));
      }
    }
    if (low.get(feature).equals(index.get(feature))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(feature));
      if (component.size() > 1) {
        components.add(component);
      }
    }
  }

  /** A shortest cycle through the first feature of a component, staying inside the component. */
  private static List<String> cycleIn(
      Set<String> component, Map<String, Map<String, List<String>>> graph) {
    String start = component.iterator().next();
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String feature = queue.poll();
      for (String next : graph.get(feature).keySet()) {
        if (next.equals(start)) {
          List<String> cycle = new ArrayList<>(List.of(start));
          for (String step = feature; !step.equals(start); step = cameFrom.get(step)) {
            cycle.add(1, step);
          }
          cycle.add(start);
          return cycle;
        }
        if (component.contains(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, feature);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("no cycle in " + component);
  }

  private static String describe(List<String> cycle, Map<String, Map<String, List<String>>> graph) {
    StringBuilder text = new StringBuilder(String.join(" → ", cycle));
    for (int i = 0; i + 1 < cycle.size(); i++) {
      text.append("\n    ").append(graph.get(cycle.get(i)).get(cycle.get(i + 1)).get(0));
    }
    return text.toString();
  }
}
