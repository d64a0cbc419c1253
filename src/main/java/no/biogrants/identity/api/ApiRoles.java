package no.biogrants.identity.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.biogrants.identity.Role;

/**
 * Who a resource of the API is for: {@link ApiKeyFilter} lets a key through only when its user has
 * one of these roles (403 otherwise). A resource without it answers no key (fail closed). The
 * resource's services still check the caller themselves.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiRoles {
  Role[] value();
}
