package no.biogrants.infrastructure.api;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One entry of a 400 answer's {@code errors}: the request field it is about (as named in the
 * request, e.g. {@code costItems[1].amount}; null when it is about the whole request) and the
 * message a person can read.
 */
@JsonbNillable
public record ApiFieldError(String field, String message) {}
