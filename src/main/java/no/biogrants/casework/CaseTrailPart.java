package no.biogrants.casework;

import java.util.List;
import no.biogrants.audit.AuditEvent;

/**
 * A part of a case's audit trail that a feature above casework keeps on its own entities (payment:
 * the events on the case's payment requests). Each such feature contributes its part as a CDI bean;
 * {@link CaseAudit} adds them to the case's own lines, so casework does not depend on them.
 */
public interface CaseTrailPart {

  /** The audit events on the feature's entities that belong to the application, in any order. */
  List<AuditEvent> eventsOf(Long applicationId);
}
