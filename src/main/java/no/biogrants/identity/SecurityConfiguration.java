package no.biogrants.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page; the page calls SecurityContext.authenticate. Which role may
 * open which folder of pages is in web.xml; the REST API authenticates by API key instead ({@link
 * AuthenticationMechanisms}). Which role may call which service is on the service
 * ({@code @RolesAllowed}, rule ID-I5 in the package doc).
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({
  Role.APPLICANT_ROLE,
  Role.CASEWORKER_ROLE,
  Role.APPROVER_ROLE,
  Role.ANALYST_ROLE,
  Role.ADMIN_ROLE,
  Role.SYSTEM_ROLE
})
@ApplicationScoped
public class SecurityConfiguration {}
