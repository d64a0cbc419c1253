/**
 * Plumbing: the data source (from MicroProfile Config), schema migration at startup (Flyway over
 * sql/), readiness (database reachable and migrated), and the Faces helpers in {@code web}:
 * messages from the resource bundle, Norwegian formats, the language switch and the handling of
 * refused actions (a message next to the field, never a stack trace).
 */
package no.biogrants.infrastructure;
