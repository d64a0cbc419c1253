package no.biogrants.scheme;

/**
 * The state-aid rules a grant is given under (design §2). The label and the letter's wording come
 * from the bundles ({@code stateAidBasis.*}).
 */
public enum StateAidBasis {
  /**
   * Bagatellmessig støtte: at most the de minimis ceiling per undertaking over three fiscal years.
   */
  DE_MINIMIS,
  /**
   * The general block exemption regulation, art. 31 (training aid): 50 %, +10 pp medium, +20 pp
   * small firms.
   */
  GBER_ART_31
}
