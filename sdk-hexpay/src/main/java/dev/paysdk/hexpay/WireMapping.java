package dev.paysdk.hexpay;

import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.internal.WireParams;
import java.time.ZoneId;
import java.util.StringJoiner;

/**
 * The one place where request fields get their wire names. Amounts are JSON numbers written
 * exactly, with at most 6 decimals and no trailing zeros; nested {@code goods} and {@code records}
 * are compact JSON, serialized once and signed as that text. Requests are validated before they
 * get here.
 */
final class WireMapping {
  private WireMapping() {}

  static WireParams.Builder cashierOrder(WireParams.Builder p, CashierOrder o) {
    return p.string("mchOrderNo", o.merchantOrderNo())
        .string("currency", o.amount().currency())
        .string("defaultCurrency", o.defaultCurrency())
        .string("network", o.network().wireName())
        .number("bizCode", o.bizCode())
        .number("amount", o.amount().toBigDecimal(6))
        .string("mchUserId", o.merchantUserId())
        .rawJson("goods", goods(o.goods()))
        .string("notifyUrl", o.notifyUrl())
        .string("successUrl", o.successUrl())
        .string("failUrl", o.failUrl())
        .string("clientIp", o.clientIp())
        .bool("autoChangeCurrency", o.autoChangeCurrency())
        .bool("mchCoverFee", o.merchantCoversFee());
  }

  static String goods(Goods g) {
    return WireParams.builder()
        .string("goodsName", g.name())
        .string("goodsDetail", g.detail())
        .string("goodsType", g.type())
        .build().toJson();
  }

  static WireParams.Builder tradeQuery(WireParams.Builder p, PayInLookup lookup) {
    return p.string("payOrderId", blankToNull(lookup.providerOrderNo()))
        .string("mchOrderNo", blankToNull(lookup.merchantOrderNo()));
  }

  static WireParams.Builder orderList(WireParams.Builder p, OrderListQuery q, ZoneId zone) {
    return p.number("bizCode", q.bizCode())
        .string("createdStart", Times.format(q.createdFrom(), zone))
        .string("createdEnd", Times.format(q.createdTo(), zone))
        .number("settleState", q.settleState() == null ? null : HexpayStatuses.settleCode(q.settleState()))
        .number("state", q.state() == null ? null : HexpayStatuses.payInCode(q.state()))
        .number("current", q.page())
        .number("size", q.pageSize());
  }

  static WireParams.Builder balance(WireParams.Builder p, String currency) {
    return p.string("currency", currency);
  }

  static WireParams.Builder batchUpload(WireParams.Builder p, BatchPayoutUpload u) {
    StringJoiner records = new StringJoiner(",", "[", "]");
    for (BatchPayoutRecord r : u.records()) {
      records.add(WireParams.builder()
          .string("recipientAddress", r.recipientAddress())
          .number("paymentAmount", r.amount().toBigDecimal(6))
          .string("paymentCurrency", r.amount().currency())
          .string("networkType", r.network().wireName())
          .string("remarks", r.remarks())
          .string("addressTag", r.addressTag())
          .build().toJson());
    }
    return p.rawJson("records", records.toString()).string("purpose", u.purpose());
  }

  static WireParams.Builder batchNo(WireParams.Builder p, String batchNo) {
    return p.string("batchNo", batchNo);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
