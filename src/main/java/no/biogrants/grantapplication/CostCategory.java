package no.biogrants.grantapplication;

/** The eligible cost categories a-f of the scheme (design §2). */
public enum CostCategory {
  /** a) trainers, internal or external. */
  TRAINERS('a'),
  /** b) trainers' and participants' travel. */
  TRAVEL('b'),
  /** c) materials and other running costs. */
  MATERIALS('c'),
  /** d) depreciation of tools and equipment used for the training. */
  DEPRECIATION('d'),
  /** e) advisory services for the training. */
  ADVISORY('e'),
  /** f) participants' wage costs for the hours in training. */
  PARTICIPANT_WAGES('f');

  private final char letter;

  CostCategory(char letter) {
    this.letter = letter;
  }

  public char letter() {
    return letter;
  }

  /** Categories a-e are training costs; f is wage cost. */
  public boolean isTrainingCost() {
    return this != PARTICIPANT_WAGES;
  }
}
