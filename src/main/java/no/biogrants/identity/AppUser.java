package no.biogrants.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who logs in. County staff and county analysts are bound to one county; a user with no
 * county is national (national analysts, national admins). Applicants are bound to companies.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "AppUser.byUsername",
    query = "SELECT u FROM AppUser u WHERE u.username = :username")
public class AppUser {

  public static final int USERNAME_MAXLENGTH = 80;
  public static final int DISPLAY_NAME_MAXLENGTH = 120;
  public static final int EMAIL_MAXLENGTH = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = USERNAME_MAXLENGTH)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "county_code")
  private String countyCode;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "email", length = EMAIL_MAXLENGTH)
  private String email;

  /** Set with a temporary password: every page leads to the password page until it is changed. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** When the temporary password stops working; null for a password the person chose. */
  @Column(name = "temporary_password_until")
  private Instant temporaryPasswordUntil;

  /** The county whose admin made this applicant's account (staff have {@link #countyCode}). */
  @Column(name = "created_by_county")
  private String createdByCounty;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected AppUser() {}

  public AppUser(
      String username,
      String displayName,
      String passwordHash,
      String countyCode,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.countyCode = countyCode;
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getCountyCode() {
    return countyCode;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  /** An applicant's account (the applicant role has no other role beside it). */
  public boolean isApplicant() {
    return roles.contains(Role.APPLICANT);
  }

  public String getEmail() {
    return email;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public Instant getTemporaryPasswordUntil() {
    return temporaryPasswordUntil;
  }

  public String getCreatedByCounty() {
    return createdByCounty;
  }

  public long getVersion() {
    return version;
  }

  /** True when the password is a temporary one whose time has run out. */
  public boolean temporaryPasswordExpired(Instant now) {
    return temporaryPasswordUntil != null && !now.isBefore(temporaryPasswordUntil);
  }

  /**
   * A password an admin (or the bootstrap) set: to be changed at first login, before {@code until}.
   */
  public void setTemporaryPassword(String hash, Instant until) {
    this.passwordHash = hash;
    this.mustChangePassword = true;
    this.temporaryPasswordUntil = until;
  }

  /** The password the person chose themselves. */
  public void setOwnPassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = false;
    this.temporaryPasswordUntil = null;
  }

  /** Name, e-mail and roles as an admin edits them. */
  public void edit(String displayName, String email, Set<Role> roles) {
    this.displayName = displayName;
    this.email = email;
    this.roles = EnumSet.copyOf(roles);
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void setCreatedByCounty(String createdByCounty) {
    this.createdByCounty = createdByCounty;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** The start page of the user's first role in the order of {@link Role}. */
  public String startPage() {
    return roles.stream()
        .min(Comparator.naturalOrder())
        .map(Role::startPage)
        .orElse("/index.xhtml");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppUser u && username.equals(u.username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }
}
