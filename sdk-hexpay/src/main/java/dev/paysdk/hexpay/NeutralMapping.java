package dev.paysdk.hexpay;

import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.internal.Validation;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Neutral pay-in values to Hexpay's and back. */
final class NeutralMapping {
  private static final String NETWORKS =
      Arrays.stream(HexpayNetwork.values()).map(HexpayNetwork::wireName).collect(Collectors.joining(", "));

  private NeutralMapping() {}

  /** The cashier order of a neutral request; a network that cannot be mapped is reported to {@code v}. */
  static CashierOrder cashierOrder(PayInRequest r, String goodsType, Validation v) {
    HexpayNetwork network = null;
    if (r.network() == null || r.network().isBlank()) {
      v.add("network", "is required (one of " + NETWORKS + ")");
    } else {
      network = HexpayNetwork.fromWireName(r.network()).orElse(null);
      v.check(network != null, "network", dev.paysdk.core.internal.Validation.quoted(r.network()) + " is not a network of the gateway (" + NETWORKS
          + ")");
    }
    boolean described = r.description() != null && !r.description().isBlank();
    return CashierOrder.builder()
        .merchantOrderNo(r.merchantOrderNo())
        .amount(r.amount())
        .network(network)
        .merchantUserId(r.customerId())
        .goods(described ? Goods.of(r.description(), goodsType) : null)
        .notifyUrl(r.notifyUrl())
        .successUrl(r.successUrl())
        .failUrl(r.failUrl())
        .clientIp(r.clientIp())
        .build();
  }

  /** The neutral name of a cashier order field. */
  static String payInRequestName(String field) {
    return switch (field) {
      case "merchantUserId" -> "customerId";
      case "goods", "goods.name", "goods.detail" -> "description";
      case "goods.type" -> "defaultGoodsType";
      default -> field;
    };
  }

  /** The neutral name of an order list filter. */
  static String payInQueryName(String field) {
    return switch (field) {
      case "state" -> "status";
      default -> field;
    };
  }

  static OrderListQuery orderListQuery(PayInQuery q) {
    return OrderListQuery.builder()
        .createdFrom(q.createdFrom())
        .createdTo(q.createdTo())
        .state(q.status())
        .pageSize(q.pageSize() == 0 ? null : q.pageSize())
        .build();
  }

  static PayIn payIn(CashierOrderResult r, String merchantOrderNo, String rawResponse) {
    return PayIn.builder()
        .providerId(HexpayClient.PROVIDER_ID)
        .merchantOrderNo(merchantOrderNo)
        .providerOrderNo(r.payOrderId())
        .amount(r.amount())
        .status(r.status())
        .rawStatus(r.rawState() == null ? null : r.rawState().toString())
        .checkoutUrl(r.checkoutUrl())
        .rawResponse(rawResponse)
        .build();
  }

  static PayIn payIn(TradeOrder o, String rawResponse) {
    return PayIn.builder()
        .providerId(HexpayClient.PROVIDER_ID)
        .merchantOrderNo(o.merchantOrderNo())
        .providerOrderNo(o.payOrderId())
        .paidAmount(o.realPayAmount())
        .status(o.status())
        .rawStatus(o.rawState() == null ? null : o.rawState().toString())
        .createdAt(o.createdAt())
        .paidAt(o.paySuccessTime())
        .rawResponse(rawResponse)
        .build();
  }

  static PayIn payIn(OrderListItem i) {
    return PayIn.builder()
        .providerId(HexpayClient.PROVIDER_ID)
        .merchantOrderNo(i.merchantOrderNo())
        .providerOrderNo(i.payOrderId())
        .amount(i.amount())
        .paidAmount(i.realPayAmount())
        .status(i.status())
        .rawStatus(i.rawState() == null ? null : i.rawState().toString())
        .createdAt(i.createdAt())
        .paidAt(i.successTime())
        .build();
  }
}
