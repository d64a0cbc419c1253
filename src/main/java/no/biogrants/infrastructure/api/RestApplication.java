package no.biogrants.infrastructure.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read-only REST API for analysts' tools, under /api; authenticated by API key. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
