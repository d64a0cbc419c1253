package no.biogrants.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import no.biogrants.casework.appeal.Appeals;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.GrantApplication;

/**
 * Whether the case and application pages link to the appeal pages: when the decision may be
 * appealed now, is under appeal, or has been appealed before (to see how it ended).
 */
@Named
@RequestScoped
public class AppealLinks {

  @Inject private Appeals appeals;

  private final Map<Long, Boolean> appealed = new HashMap<>();

  public boolean shown(GrantApplication application) {
    return application != null
        && (application.getStatus().isAppealable()
            || application.getStatus() == ApplicationStatus.APPEALED
            || appealed.computeIfAbsent(application.getId(), appeals::hasAppeals));
  }
}
