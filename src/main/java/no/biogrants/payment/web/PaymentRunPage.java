package no.biogrants.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.payment.PaymentExport;
import no.biogrants.payment.PaymentExports;
import no.biogrants.payment.PaymentRequest;
import no.biogrants.payment.Payments;
import no.biogrants.shared.Money;

/**
 * The county's payment run: requests waiting for approval, paid payments not yet sent to the
 * finance system, and the payment files made so far (each can be downloaded again).
 */
@Named
@ViewScoped
public class PaymentRunPage implements Serializable {

  @Inject private ActiveUser activeUser;
  @Inject private Payments payments;
  @Inject private PaymentExports exports;

  private List<PaymentRequest> awaiting = List.of();
  private List<PaymentRequest> pending = List.of();
  private List<PaymentExport> files = List.of();

  public void load() {
    awaiting = FacesActions.attempt(null, () -> payments.awaiting(activeUser.actor()));
    pending = FacesActions.attempt(null, () -> exports.pending(activeUser.actor()));
    files = FacesActions.attempt(null, () -> exports.exports(activeUser.actor()));
    awaiting = awaiting == null ? List.of() : awaiting;
    pending = pending == null ? List.of() : pending;
    files = files == null ? List.of() : files;
  }

  public void export() {
    PaymentExport made = FacesActions.attempt(null, () -> exports.export(activeUser.actor()));
    if (made != null) {
      Messages.info("paymentRun.exported", made.getId(), made.getPayments(), made.getTotal());
      load();
    }
  }

  public Money getPendingTotal() {
    return pending.stream().map(PaymentRequest::getAmount).reduce(Money.ZERO, Money::plus);
  }

  public List<PaymentRequest> getAwaiting() {
    return awaiting;
  }

  public List<PaymentRequest> getPending() {
    return pending;
  }

  public List<PaymentExport> getFiles() {
    return files;
  }
}
