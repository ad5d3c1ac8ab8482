package dev.paysdk.examples.spring;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PaymentRouter;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.spring.autoconfigure.PaySdkReconciler;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Payouts and balances through the router the starter built from {@code paysdk.routing.*}. */
@RestController
public class PayoutController {
  private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

  private final PaymentRouter router;
  private final ObjectProvider<PaySdkReconciler> reconciler;

  public PayoutController(PaymentRouter router, ObjectProvider<PaySdkReconciler> reconciler) {
    this.router = router;
    this.reconciler = reconciler;
  }

  /** Sends a payout to the gateway of its currency; its webhook arrives at /webhooks/{provider}. */
  @PostMapping("/payouts")
  public ResponseEntity<Payout> pay(@RequestBody PayoutOrder order) {
    PayoutRequest request = toRequest(order, newOrderNo());
    String provider = router.route(request).providerId();
    request = request.toBuilder().notifyUrl(notifyUrl(provider)).build();
    try {
      return ResponseEntity.ok(router.payouts().create(request));
    } catch (OutcomeUnknownException e) {
      // May have been executed: never resend; the reconciler finds out in the background.
      reconciler.ifAvailable(r -> r.track(e));
      return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }
  }

  /** A payout as its gateway reports it now. */
  @GetMapping("/payouts/{provider}/{merchantOrderNo}")
  public Payout payout(@PathVariable String provider, @PathVariable String merchantOrderNo) {
    return router.client(provider).payouts().retrieve(PayoutLookup.byMerchantOrderNo(merchantOrderNo));
  }

  /** A gateway's balances. */
  @GetMapping("/balances/{provider}")
  public List<Balance> balances(@PathVariable String provider) {
    return router.client(provider).balances().list();
  }

  static String notifyUrl(String provider) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/webhooks/{provider}")
        .buildAndExpand(provider).toUriString();
  }

  /** Twenty digits: every gateway takes it (Vexora wants digits only). */
  static String newOrderNo() {
    return LocalDateTime.now().format(ORDER_TIME) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
  }

  private static PayoutRequest toRequest(PayoutOrder o, String merchantOrderNo) {
    Payee.Builder payee = Payee.builder().name(o.name()).firstName(o.firstName()).lastName(o.lastName())
        .email(o.email()).phone(o.phone());
    if (o.documentType() != null) {
      payee.identityDocument(o.documentType(), o.documentNumber());
    }
    return PayoutRequest.builder()
        .merchantOrderNo(merchantOrderNo)
        .amount(Money.of(o.amount(), o.currency()))
        .payee(payee.build())
        .destination(Destination.bankAccount(o.accountNumber()).ifsc(o.ifsc()).bankId(o.bankId())
            .accountType(o.accountType()).cci(o.cci()).build())
        .remark("shop payout")
        .build();
  }
}
