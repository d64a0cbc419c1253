package no.biogrants.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting, as the services see it: built by the web layer from the logged-in user. Services
 * check roles, county and company ownership on it themselves, not only the pages.
 */
public record Actor(Long userId, String username, Set<Role> roles, String countyCode) {

  public Actor {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public static Actor of(AppUser user) {
    return new Actor(user.getId(), user.getUsername(), user.getRoles(), user.getCountyCode());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** County staff act only in their own county; national users (no county) in all. */
  public boolean worksIn(String county) {
    return countyCode == null || countyCode.equals(county);
  }
}
