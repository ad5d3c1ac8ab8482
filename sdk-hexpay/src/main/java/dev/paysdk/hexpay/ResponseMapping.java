package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.gateway.FieldReader;
import dev.paysdk.core.gateway.MalformedAnswerException;
import dev.paysdk.core.gateway.RawJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where answer fields are read by their wire names, from the raw texts of the answer
 * ({@link RawJson}): numbers are read bounded, a shape that cannot be read is a
 * {@link MalformedAnswerException} naming the field.
 */
final class ResponseMapping {
  private static final List<String> ERROR_INDEX = List.of("index", "rowIndex", "rowNum", "row", "line");
  private static final List<String> ERROR_MESSAGE =
      List.of("errorMsg", "errMsg", "errorMessage", "message", "msg", "reason", "error");

  private final ZoneId zone;

  ResponseMapping(ZoneId zone) {
    this.zone = zone;
  }

  /** Reads one object's fields; times in the client's zone. */
  private final class Reader {
    private final Map<String, String> fields;
    private final FieldReader r;

    Reader(Map<String, String> fields) {
      this.fields = fields;
      this.r = FieldReader.of(fields);
    }

    String str(String f) {
      return r.text(f);
    }

    java.math.BigDecimal decimal(String f) {
      return r.decimal(f);
    }

    Long longValue(String f) {
      return r.longValue(f);
    }

    Integer integer(String f) {
      return r.integer(f);
    }

    Instant instant(String f) {
      return r.instant(f, t -> Times.parse(f, t, zone));
    }

    Money money(String amount, String currency) {
      return r.money(amount, currency);
    }

    Money moneyIn(String amount, String currency) {
      return r.moneyIn(amount, currency);
    }

    String raw(String f) {
      return fields.get(f);
    }
  }

  private Reader reader(Map<String, String> fields) {
    return new Reader(fields);
  }

  private static Map<String, String> object(String raw, String what) {
    if (!RawJson.isObject(raw)) {
      throw new MalformedAnswerException("'" + what + "' is not an object");
    }
    return RawJson.object(raw);
  }

  private static List<String> array(String raw, String field) {
    if (raw == null) {
      return List.of();
    }
    if (!raw.startsWith("[")) {
      throw new MalformedAnswerException("'" + field + "' is not an array");
    }
    return RawJson.array(raw);
  }

  CashierOrderResult cashierOrder(String data, String orderCurrency) {
    Reader r = reader(object(data, "data"));
    String currency = r.str("currency");
    Integer state = r.integer("orderState");
    return new CashierOrderResult(r.str("payOrderId"), r.str("location"), r.str("network"),
        r.moneyIn("amount", currency != null ? currency : orderCurrency), HexpayStatuses.payIn(state), state);
  }

  TradeOrder tradeOrder(String data) {
    Reader r = reader(object(data, "data"));
    Integer state = r.integer("state");
    return new TradeOrder(r.str("payOrderId"), r.str("mchNo"), r.str("mchOrderNo"), r.str("mchName"),
        r.str("mchUserId"), r.decimal("amount"), r.decimal("refundAmount"), HexpayStatuses.payIn(state), state,
        r.str("waitNetwork"), r.str("waitPayCurrency"), r.str("wayCode"), r.money("realPayAmount", "realPayCurrency"),
        r.str("realNetwork"), goods(r.raw("goods")), r.instant("createdAt"), r.instant("expiredTime"),
        r.instant("updatedAt"), r.instant("cancelTime"), r.instant("paySuccessTime"));
  }

  private Goods goods(String node) {
    if (node == null) {
      return null;
    }
    Reader r = reader(object(node, "goods"));
    return new Goods(r.str("goodsName"), r.str("goodsDetail"), r.str("goodsType"));
  }

  /** The list page: its items and the gateway's paging figures. */
  record ListPage(List<OrderListItem> items, Long total, Integer size, Integer pages) {}

  ListPage orderList(String data) {
    Reader r = reader(object(data, "data"));
    List<OrderListItem> items = new ArrayList<>();
    for (String item : array(r.raw("records"), "records")) {
      items.add(orderListItem(object(item, "records")));
    }
    return new ListPage(items, r.longValue("total"), r.integer("size"), r.integer("pages"));
  }

  private OrderListItem orderListItem(Map<String, String> item) {
    Reader r = reader(item);
    Integer state = r.integer("state");
    Integer settleState = r.integer("settleState");
    return new OrderListItem(r.str("payOrderId"), r.str("appId"), r.str("mchOrderNo"), r.instant("createdAt"),
        HexpayStatuses.payIn(state), state, r.str("mchUserId"), r.integer("bizCode"), r.str("wayCode"),
        r.str("network"), r.money("amount", "currency"), r.money("realPayAmount", "realPayCurrency"),
        r.str("realNetwork"), r.str("txHash"), r.instant("successTime"), r.money("settleAmount", "settleCurrency"),
        r.decimal("mchFeeAmount"), r.decimal("mchSettleIncome"),
        settleState == null ? null : HexpayStatuses.settle(settleState), settleState);
  }

  List<HexpayBalance> balances(String data) {
    List<String> entries = RawJson.isObject(data) ? List.of(data) : array(data, "data");
    List<HexpayBalance> out = new ArrayList<>();
    for (String e : entries) {
      Reader r = reader(object(e, "data"));
      String currency = r.str("currency");
      if (currency == null) {
        throw new MalformedAnswerException("a balance has no 'currency'");
      }
      Money available = r.moneyIn("availableBalance", currency);
      if (available == null) {
        throw new MalformedAnswerException("a balance has no 'availableBalance'");
      }
      out.add(new HexpayBalance(available.currency(), available, r.moneyIn("frozenBalance", currency),
          r.str("coinFullName")));
    }
    return out;
  }

  BatchUploadResult batchUpload(String data) {
    Reader r = reader(object(data, "data"));
    List<Money> totals = new ArrayList<>();
    for (String t : array(r.raw("totalAmount"), "totalAmount")) {
      Reader tr = reader(object(t, "totalAmount"));
      Money m = tr.money("amount", "currency");
      if (m != null) {
        totals.add(m);
      }
    }
    List<BalanceCheck> checks = new ArrayList<>();
    for (String c : array(r.raw("checkBalanceList"), "checkBalanceList")) {
      Reader cr = reader(object(c, "checkBalanceList"));
      String currency = cr.str("paymentCurrency");
      if (currency == null) {
        throw new MalformedAnswerException("a balance check has no 'paymentCurrency'");
      }
      currency = currency.strip().toUpperCase(Locale.ROOT);
      if (!Money.isKnownCurrency(currency)) {
        throw new MalformedAnswerException("a balance check names an unknown currency '" + currency + "'");
      }
      checks.add(new BalanceCheck(currency, cr.moneyIn("paymentAmount", currency), cr.moneyIn("freeAmount", currency),
          cr.moneyIn("totalAmount", currency), cr.moneyIn("availableAmount", currency), cr.integer("isSatisfy"),
          cr.integer("validCount"), cr.integer("errorCount")));
    }
    return new BatchUploadResult(r.str("batchNo"), r.integer("totalCount"), totals, r.instant("applyTime"),
        checkErrors(r.raw("checkErrorList")), checks);
  }

  /** Each entry of {@code checkErrorList}, kept whole: the document does not describe its fields. */
  private List<BatchCheckError> checkErrors(String list) {
    List<BatchCheckError> out = new ArrayList<>();
    for (String raw : array(list, "checkErrorList")) {
      if (RawJson.isObject(raw)) {
        Map<String, String> fields = RawJson.object(raw);
        Reader r = reader(fields);
        out.add(new BatchCheckError(firstInteger(r, ERROR_INDEX), r.str("recipientAddress"),
            text(firstText(r, ERROR_MESSAGE)), fields, raw));
      } else {
        out.add(new BatchCheckError(null, null, raw == null ? null : text(unquote(raw)), Map.of(),
            raw == null ? "null" : raw));
      }
    }
    return out;
  }

  /**
   * The gateway's free text as kept in results: control characters out, account-like numbers,
   * wallet and e-mail addresses masked ({@link GatewayText#sanitize}).
   */
  private static String text(String gatewayText) {
    return dev.paysdk.core.gateway.GatewayText.sanitize(gatewayText, List.of());
  }

  /** A scalar element's text: {@link RawJson#array} gives strings unescaped already. */
  private static String unquote(String raw) {
    return raw;
  }

  private static Integer firstInteger(Reader r, List<String> names) {
    for (String n : names) {
      Integer v = r.integer(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstText(Reader r, List<String> names) {
    for (String n : names) {
      String v = r.str(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  BatchPayoutDetail batchDetail(String data) {
    Reader r = reader(object(data, "data"));
    List<BatchPayoutRecordDetail> records = new ArrayList<>();
    for (String rec : array(r.raw("records"), "records")) {
      Reader rr = reader(object(rec, "records"));
      String currency = rr.str("paymentCurrency");
      Integer status = rr.integer("status");
      records.add(new BatchPayoutRecordDetail(rr.longValue("id"), rr.str("recipientAddress"),
          rr.money("paymentAmount", "paymentCurrency"), rr.str("networkType"),
          currency == null ? null : rr.moneyIn("feeAmount", currency), rr.str("remarks"), rr.str("addressTag"),
          HexpayStatuses.record(status), status, rr.str("failReason"), rr.str("txHash"), rr.instant("processedAt"),
          rr.instant("createdAt")));
    }
    Integer audit = r.integer("auditStatus");
    return new BatchPayoutDetail(r.str("batchNo"), r.str("mchNo"), r.str("mchName"), HexpayStatuses.audit(audit),
        audit, r.integer("totalCount"), r.integer("successCount"), r.integer("failCount"),
        r.integer("processingCount"), r.integer("waitCount"), r.decimal("totalAmount"), r.instant("applyTime"),
        r.instant("auditTime"), r.instant("executeTime"), r.str("purpose"), text(r.str("rejectReason")),
        text(r.str("auditOpinion")), records);
  }

  BatchCancelResult batchCancel(String data) {
    Reader r = reader(object(data, "data"));
    Integer status = r.integer("status");
    return new BatchCancelResult(r.longValue("id"), r.str("batchNo"), r.str("mchNo"), r.str("mchName"),
        r.integer("totalCount"), r.decimal("totalAmount"), HexpayStatuses.audit(status), status,
        r.longValue("auditUserId"), r.str("auditUserName"), r.instant("auditTime"), text(r.str("remarks")),
        r.str("purpose"), text(r.str("rejectReason")), text(r.str("auditOpinion")), r.instant("executeTime"),
        r.integer("successCount"), r.integer("failCount"), r.integer("executingCount"), r.instant("createdAt"),
        r.instant("updatedAt"));
  }
}
