package no.biogrants.grantapplication;

import no.biogrants.shared.FreeText;
import no.biogrants.shared.InvalidInputException;
import no.biogrants.shared.Money;

/** De minimis aid the company received earlier: the fiscal year, who gave it, the amount in NOK. */
public record DeMinimisAid(int fiscalYear, String grantor, Money amount) {

  public static final int GRANTOR_MAXLENGTH = 200;

  public DeMinimisAid {
    grantor = grantor == null ? null : FreeText.clean(grantor).strip();
    TextChecks.requireText(grantor, "validation.deMinimis.grantorRequired", GRANTOR_MAXLENGTH);
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      throw new InvalidInputException("validation.deMinimis.year");
    }
    if (amount == null || amount.isNegative()) {
      throw new InvalidInputException("validation.amount.notNegative");
    }
  }
}
