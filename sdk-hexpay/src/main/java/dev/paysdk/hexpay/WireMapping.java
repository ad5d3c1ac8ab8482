package dev.paysdk.hexpay;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.internal.WireParams;
import java.time.ZoneId;
import java.util.List;

/**
 * The one place where request fields get their wire names. Amounts are JSON numbers written
 * exactly, with at most 6 decimals and no trailing zeros; nested {@code goods} and {@code records}
 * are compact JSON, serialized once and signed as that text. Requests are validated before they
 * get here.
 */
final class WireMapping {
  /** The escaper of {@link WireParams}: the same JSON text for every string. */
  private static final JsonStringEncoder ESCAPER = JsonStringEncoder.getInstance();

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
    return p.rawJson("records", records(u.records())).string("purpose", u.purpose());
  }

  /**
   * {@code records}: a compact JSON array of one object per record, its fields in the document's order
   * and absent ones left out, written once into one buffer sized for it (the upload's only copy of
   * the records' text besides the body itself).
   */
  static String records(List<BatchPayoutRecord> records) {
    int size = 2;
    for (BatchPayoutRecord r : records) {
      size += 112 + length(r.recipientAddress()) + length(r.remarks()) + length(r.addressTag());
    }
    StringBuilder sb = new StringBuilder(size).append('[');
    for (int i = 0; i < records.size(); i++) {
      BatchPayoutRecord r = records.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append('{');
      boolean more = field(sb, false, "recipientAddress", r.recipientAddress());
      sb.append(more ? "," : "").append("\"paymentAmount\":").append(r.amount().toBigDecimal(6).toPlainString());
      field(sb, true, "paymentCurrency", r.amount().currency());
      field(sb, true, "networkType", r.network().wireName());
      field(sb, true, "remarks", r.remarks());
      field(sb, true, "addressTag", r.addressTag());
      sb.append('}');
    }
    return sb.append(']').toString();
  }

  /** Appends {@code "name":"value"} (escaped) when {@code value} is not null; returns whether it did. */
  private static boolean field(StringBuilder sb, boolean comma, String name, String value) {
    if (value == null) {
      return false;
    }
    if (comma) {
      sb.append(',');
    }
    sb.append('"').append(name).append("\":\"");
    if (needsEscaping(value)) {
      ESCAPER.quoteAsString(value, sb);
    } else {
      sb.append(value);
    }
    sb.append('"');
    return true;
  }

  /** True when the escaper would change {@code s}: it holds a control character, a quote or a backslash. */
  private static boolean needsEscaping(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  static WireParams.Builder batchNo(WireParams.Builder p, String batchNo) {
    return p.string("batchNo", batchNo);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
