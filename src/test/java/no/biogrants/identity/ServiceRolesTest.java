package no.biogrants.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rule ID-I5: every business method of every service (stateless bean) says who may call it, with
 * {@code @RolesAllowed} (on the method or its class) or, for the few calls made while logging in,
 * {@code @PermitAll}; the container refuses anyone else. The services found are the compiled
 * classes, so a new service cannot be forgotten.
 */
class ServiceRolesTest {

  private static final Set<String> ROLES =
      Stream.concat(Arrays.stream(Role.values()).map(Enum::name), Stream.of(Role.SYSTEM_ROLE))
          .collect(Collectors.toSet());

  /**
   * The only methods anyone may call, logged in or not (the login and the API key check), and the
   * loader and the first admin's bootstrap, run as SYSTEM at startup.
   */
  private static final Set<String> PERMIT_ALL =
      Set.of(
          "Users.byUsername",
          "Users.byApiKey",
          "Users.verify",
          "Users.verifyNobody",
          "Users.temporaryPasswordExpired",
          "DemoDataLoader.*",
          "FirstAdminSetup.*");

  @Test
  void idI5_everyServiceMethodSaysWhichRolesMayCallIt() throws Exception {
    List<Class<?>> services = services();
    assertThat(services).hasSizeGreaterThan(30);
    List<String> open = new ArrayList<>();
    for (Class<?> service : services) {
      for (Method method : service.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())
            || Modifier.isStatic(method.getModifiers())
            || method.isSynthetic()) {
          continue;
        }
        String name = service.getSimpleName() + "." + method.getName();
        String[] roles = rolesOf(service, method);
        if (roles == null) {
          assertThat(PERMIT_ALL)
              .as("%s is open to anyone", name)
              .containsAnyOf(name, service.getSimpleName() + ".*");
          open.add(name);
        } else {
          assertThat(roles).as("roles of %s", name).isNotEmpty();
          assertThat(ROLES).as("roles of %s", name).contains(roles);
        }
      }
    }
    assertThat(open).as("methods open to anyone").isNotEmpty();
  }

  @Test
  void idI5_theSensitiveServicesAreForTheirRolesOnly() throws Exception {
    Map<String, Class<?>> byName =
        services().stream().collect(Collectors.toMap(Class::getSimpleName, c -> c));
    assertThat(rolesOf(byName.get("Reports")))
        .containsExactlyInAnyOrder(Role.ANALYST_ROLE, Role.SYSTEM_ROLE);
    assertThat(rolesOf(byName.get("PersonalData")))
        .containsExactlyInAnyOrder(Role.ADMIN_ROLE, Role.SYSTEM_ROLE);
    assertThat(rolesOf(byName.get("Allocations")))
        .containsExactlyInAnyOrder(Role.ADMIN_ROLE, Role.SYSTEM_ROLE);
    assertThat(rolesOf(byName.get("CaseQueue")))
        .containsExactlyInAnyOrder(Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE);
    assertThat(rolesOf(byName.get("PaymentExports")))
        .containsExactlyInAnyOrder(Role.CASEWORKER_ROLE, Role.APPROVER_ROLE, Role.SYSTEM_ROLE);
    assertThat(rolesOf(byName.get("CompanyRegistry")))
        .containsExactlyInAnyOrder(Role.APPLICANT_ROLE, Role.SYSTEM_ROLE);
    for (String caseService :
        List.of(
            "Applications", "Decisions", "Payments", "Appeals", "InfoRequests", "Assessments")) {
      assertThat(rolesOf(byName.get(caseService)))
          .as(caseService)
          .doesNotContain(Role.ANALYST_ROLE, Role.ADMIN_ROLE);
    }
  }

  private static String[] rolesOf(Class<?> service) {
    RolesAllowed allowed = service.getAnnotation(RolesAllowed.class);
    assertThat(allowed).as("@RolesAllowed on %s", service.getSimpleName()).isNotNull();
    return allowed.value();
  }

  /** The roles that may call the method; null when anyone may ({@code @PermitAll}). */
  private static String[] rolesOf(Class<?> service, Method method) {
    assertThat(
            method.isAnnotationPresent(DenyAll.class) || service.isAnnotationPresent(DenyAll.class))
        .isFalse();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    if (method.isAnnotationPresent(RolesAllowed.class)) {
      return method.getAnnotation(RolesAllowed.class).value();
    }
    if (service.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    RolesAllowed onClass = service.getAnnotation(RolesAllowed.class);
    assertThat(onClass)
        .as("%s.%s says nothing about who may call it", service.getSimpleName(), method.getName())
        .isNotNull();
    return onClass.value();
  }

  private static List<Class<?>> services() throws IOException {
    Path root = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(root.resolve("no/biogrants"))) {
      List<Class<?>> services = new ArrayList<>();
      for (Path file :
          files
              .filter(
                  f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
              .toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, ServiceRolesTest.class.getClassLoader());
          if (type.isAnnotationPresent(Stateless.class)) {
            services.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException(name, e);
        }
      }
      return services;
    }
  }
}
