package no.biogrants.applicant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Legal forms (organisasjonsformer) as the Brønnøysund register codes them, the ones that matter
 * for BIO. Stored by code. Public-sector forms are registrable but flagged: the scheme does not
 * fund them (the eligibility gate in {@code assessment.Gates} decides, from the same codes).
 */
public enum LegalForm {
  AS(false),
  ASA(false),
  ENK(false),
  ANS(false),
  DA(false),
  SA(false),
  BA(false),
  KS(false),
  NUF(false),
  SE(false),
  STI(false),
  FLI(false),
  SPA(false),
  ANNA(false),
  SF(true),
  KF(true),
  FKF(true),
  IKS(true),
  ORGL(true),
  STAT(true),
  KOMM(true),
  FYLK(true);

  private final boolean publicSector;

  LegalForm(boolean publicSector) {
    this.publicSector = publicSector;
  }

  /** State, counties, municipalities and their enterprises and units (rule COMP-C4). */
  public boolean isPublicSector() {
    return publicSector;
  }

  /** The register's code, e.g. "AS". */
  public String code() {
    return name();
  }

  /** The form with this register code, ignoring case and surrounding spaces. */
  public static Optional<LegalForm> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
  }
}
