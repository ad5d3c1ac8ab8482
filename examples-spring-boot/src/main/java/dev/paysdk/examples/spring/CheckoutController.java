package dev.paysdk.examples.spring;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.hexpay.CashierOrder;
import dev.paysdk.hexpay.Goods;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A crypto checkout through the Hexpay client bean (its native API), answered as a neutral PayIn. */
@RestController
public class CheckoutController {
  private final HexpayClient hexpay;

  public CheckoutController(HexpayClient hexpay) {
    this.hexpay = hexpay;
  }

  /** Creates a pay-in order; send the customer to its checkout URL. */
  @PostMapping("/checkouts")
  public PayIn checkout(@RequestParam String amount, @RequestParam String currency) {
    String orderNo = PayoutController.newOrderNo();
    hexpay.payIns().createOrder(CashierOrder.builder().merchantOrderNo(orderNo)
        .amount(Money.of(amount, currency)).network(HexpayNetwork.SOLANA).merchantUserId("customer-1")
        .goods(new Goods("T-shirt", "Cotton, size M", "shop"))
        .notifyUrl(PayoutController.notifyUrl(hexpay.providerId())).build());
    return hexpay.payIns().retrieve(PayInLookup.byMerchantOrderNo(orderNo));
  }

  /** A pay-in as Hexpay reports it now. */
  @GetMapping("/checkouts/{merchantOrderNo}")
  public PayIn payIn(@PathVariable String merchantOrderNo) {
    return hexpay.payIns().retrieve(PayInLookup.byMerchantOrderNo(merchantOrderNo));
  }
}
