package no.biogrants.shared;

/** A message argument that is itself a bundle key (e.g. a criterion's name), shown translated. */
public record MessageKey(String key) {}
