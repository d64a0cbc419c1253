/**
 * Plumbing: the data source (from MicroProfile Config), schema migration at startup (Flyway over
 * sql/), readiness (database reachable and migrated), and the Faces helpers in {@code web}:
 * messages from the resource bundle, Norwegian formats, the language switch and the handling of
 * refused actions (a message next to the field, never a stack trace); and in {@code api} the REST
 * API's plumbing: the key filter (401 without a valid key, 403 for a key of a role the resource is
 * not for, {@link no.biogrants.infrastructure.api.ApiRoles}), the JSON error answers (400 with every
 * field error, 403, 404, 409) and the OpenAPI definition and filter.
 */
package no.biogrants.infrastructure;
