package no.biogrants.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.budget.LedgerCheck;

/**
 * The ledger check on the admin's start page (admin/index.xhtml): every budget line recomputed from
 * its ledger.
 */
@Named
@ViewScoped
public class LedgerCheckPanel implements Serializable {

  @Inject private LedgerCheck ledgerCheck;

  private List<LedgerCheck.Mismatch> mismatches;

  /** Recomputes every budget line from its ledger; the result is shown on the page. */
  public void checkLedger() {
    mismatches = ledgerCheck.mismatches();
  }

  public List<LedgerCheck.Mismatch> getMismatches() {
    return mismatches;
  }
}
