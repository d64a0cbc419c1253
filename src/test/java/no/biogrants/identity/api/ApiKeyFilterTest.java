package no.biogrants.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import no.biogrants.budget.api.BudgetLinesResource;
import no.biogrants.grantapplication.api.ApplicationsResource;
import no.biogrants.identity.Actor;
import no.biogrants.identity.Role;
import org.junit.jupiter.api.Test;

/** Who may call what with an API key, as far as it is pure. */
class ApiKeyFilterTest {

  @Test
  void apiA1_applicantKeysReachTheApplicationsAndAnalystKeysTheBudgetLinesOnly() {
    ApiRoles applications = ApplicationsResource.class.getAnnotation(ApiRoles.class);
    ApiRoles budget = BudgetLinesResource.class.getAnnotation(ApiRoles.class);
    Actor applicant = new Actor(1L, "soker", EnumSet.of(Role.APPLICANT), null);
    Actor analyst = new Actor(2L, "analytiker", EnumSet.of(Role.ANALYST), null);

    assertThat(ApiKeyFilter.mayCall(applicant, applications)).isTrue();
    assertThat(ApiKeyFilter.mayCall(applicant, budget)).isFalse();
    assertThat(ApiKeyFilter.mayCall(analyst, budget)).isTrue();
    assertThat(ApiKeyFilter.mayCall(analyst, applications)).isFalse();
    assertThat(ApiKeyFilter.mayCall(applicant, null)).isFalse();
  }
}
