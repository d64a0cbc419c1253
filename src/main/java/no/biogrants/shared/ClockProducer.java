package no.biogrants.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": Europe/Oslo. Tests of deadline rules replace the clock. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(OSLO);
  }
}
