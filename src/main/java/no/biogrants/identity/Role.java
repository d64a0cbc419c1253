package no.biogrants.identity;

/** What a user may do; each role has its own start page. */
public enum Role {
  APPLICANT("/grantapplication/applications.xhtml"),
  CASEWORKER("/casework/queue.xhtml"),
  APPROVER("/casework/decisions.xhtml"),
  ANALYST("/reporting/reports.xhtml"),
  ADMIN("/identity/admin.xhtml");

  /** Role names as strings, for {@code @RolesAllowed}. */
  public static final String APPLICANT_ROLE = "APPLICANT";

  public static final String CASEWORKER_ROLE = "CASEWORKER";
  public static final String APPROVER_ROLE = "APPROVER";
  public static final String ANALYST_ROLE = "ANALYST";
  public static final String ADMIN_ROLE = "ADMIN";

  /**
   * The application's own work that no person starts (the demo data at startup): a role no user can
   * have (it is not one of these values), given to that code by {@code @RunAs}.
   */
  public static final String SYSTEM_ROLE = "SYSTEM";

  private final String startPage;

  Role(String startPage) {
    this.startPage = startPage;
  }

  public String startPage() {
    return startPage;
  }
}
