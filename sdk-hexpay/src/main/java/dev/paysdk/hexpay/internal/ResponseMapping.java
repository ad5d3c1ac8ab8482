package dev.paysdk.hexpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.core.Money;
import dev.paysdk.core.internal.Json;
import dev.paysdk.hexpay.BalanceCheck;
import dev.paysdk.hexpay.BatchCancelResult;
import dev.paysdk.hexpay.BatchCheckError;
import dev.paysdk.hexpay.BatchPayoutDetail;
import dev.paysdk.hexpay.BatchPayoutRecordDetail;
import dev.paysdk.hexpay.BatchUploadResult;
import dev.paysdk.hexpay.CashierOrderResult;
import dev.paysdk.hexpay.Goods;
import dev.paysdk.hexpay.HexpayBalance;
import dev.paysdk.hexpay.OrderListItem;
import dev.paysdk.hexpay.TradeOrder;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one place where answer fields are read by their wire names. */
final class ResponseMapping {
  private static final List<String> ERROR_INDEX = List.of("index", "rowIndex", "rowNum", "row", "line");
  private static final List<String> ERROR_MESSAGE =
      List.of("errorMsg", "errMsg", "errorMessage", "message", "msg", "reason", "error");

  private final ZoneId zone;

  ResponseMapping(ZoneId zone) {
    this.zone = zone;
  }

  private FieldReader reader(JsonNode node) {
    return FieldReader.of(node, zone);
  }

  private static JsonNode object(JsonNode data) throws IOException {
    if (data == null || !data.isObject()) {
      throw new IOException("'data' is not an object");
    }
    return data;
  }

  private static List<JsonNode> array(JsonNode node, String field) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new IOException("'" + field + "' is not an array");
    }
    node.forEach(out::add);
    return out;
  }

  CashierOrderResult cashierOrder(JsonNode data, String orderCurrency) throws IOException {
    FieldReader r = reader(object(data));
    String currency = r.str("currency");
    Integer state = r.integer("orderState");
    return new CashierOrderResult(r.str("payOrderId"), r.str("location"), r.str("network"),
        r.moneyIn("amount", currency != null ? currency : orderCurrency), HexpayStatuses.payIn(state), state);
  }

  TradeOrder tradeOrder(JsonNode data) throws IOException {
    JsonNode d = object(data);
    FieldReader r = reader(d);
    Integer state = r.integer("state");
    return new TradeOrder(r.str("payOrderId"), r.str("mchNo"), r.str("mchOrderNo"), r.str("mchName"),
        r.str("mchUserId"), r.decimal("amount"), r.decimal("refundAmount"), HexpayStatuses.payIn(state), state,
        r.str("waitNetwork"), r.str("waitPayCurrency"), r.str("wayCode"), r.money("realPayAmount", "realPayCurrency"),
        r.str("realNetwork"), goods(d.get("goods")), r.instant("createdAt"), r.instant("expiredTime"),
        r.instant("updatedAt"), r.instant("cancelTime"), r.instant("paySuccessTime"));
  }

  private Goods goods(JsonNode node) throws IOException {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new IOException("'goods' is not an object");
    }
    FieldReader r = reader(node);
    return new Goods(r.str("goodsName"), r.str("goodsDetail"), r.str("goodsType"));
  }

  /** The list page: its items and the gateway's paging figures. */
  record ListPage(List<OrderListItem> items, Long total, Integer size, Integer pages) {}

  ListPage orderList(JsonNode data) throws IOException {
    JsonNode d = object(data);
    List<OrderListItem> items = new ArrayList<>();
    for (JsonNode item : array(d.get("records"), "records")) {
      items.add(orderListItem(object(item)));
    }
    FieldReader r = reader(d);
    return new ListPage(items, r.longValue("total"), r.integer("size"), r.integer("pages"));
  }

  private OrderListItem orderListItem(JsonNode item) throws IOException {
    FieldReader r = reader(item);
    Integer state = r.integer("state");
    Integer settleState = r.integer("settleState");
    return new OrderListItem(r.str("payOrderId"), r.str("appId"), r.str("mchOrderNo"), r.instant("createdAt"),
        HexpayStatuses.payIn(state), state, r.str("mchUserId"), r.integer("bizCode"), r.str("wayCode"),
        r.str("network"), r.money("amount", "currency"), r.money("realPayAmount", "realPayCurrency"),
        r.str("realNetwork"), r.str("txHash"), r.instant("successTime"), r.money("settleAmount", "settleCurrency"),
        r.decimal("mchFeeAmount"), r.decimal("mchSettleIncome"),
        settleState == null ? null : HexpayStatuses.settle(settleState), settleState);
  }

  List<HexpayBalance> balances(JsonNode data) throws IOException {
    List<JsonNode> entries = data != null && data.isObject() ? List.of(data) : array(data, "data");
    List<HexpayBalance> out = new ArrayList<>();
    for (JsonNode e : entries) {
      FieldReader r = reader(object(e));
      String currency = r.str("currency");
      if (currency == null) {
        throw new IOException("a balance has no 'currency'");
      }
      Money available = r.moneyIn("availableBalance", currency);
      if (available == null) {
        throw new IOException("a balance has no 'availableBalance'");
      }
      out.add(new HexpayBalance(available.currency(), available, r.moneyIn("frozenBalance", currency),
          r.str("coinFullName")));
    }
    return out;
  }

  BatchUploadResult batchUpload(JsonNode data) throws IOException {
    JsonNode d = object(data);
    FieldReader r = reader(d);
    List<Money> totals = new ArrayList<>();
    for (JsonNode t : array(d.get("totalAmount"), "totalAmount")) {
      FieldReader tr = reader(object(t));
      Money m = tr.money("amount", "currency");
      if (m != null) {
        totals.add(m);
      }
    }
    List<BalanceCheck> checks = new ArrayList<>();
    for (JsonNode c : array(d.get("checkBalanceList"), "checkBalanceList")) {
      FieldReader cr = reader(object(c));
      String currency = cr.str("paymentCurrency");
      if (currency == null) {
        throw new IOException("a balance check has no 'paymentCurrency'");
      }
      currency = currency.strip().toUpperCase(Locale.ROOT);
      if (!Money.isKnownCurrency(currency)) {
        throw new IOException("a balance check names an unknown currency '" + currency + "'");
      }
      checks.add(new BalanceCheck(currency, cr.moneyIn("paymentAmount", currency), cr.moneyIn("freeAmount", currency),
          cr.moneyIn("totalAmount", currency), cr.moneyIn("availableAmount", currency), cr.integer("isSatisfy"),
          cr.integer("validCount"), cr.integer("errorCount")));
    }
    return new BatchUploadResult(r.str("batchNo"), r.integer("totalCount"), totals, r.instant("applyTime"),
        checkErrors(d.get("checkErrorList")), checks);
  }

  /** Each entry of {@code checkErrorList}, kept whole: the document does not describe its fields. */
  private List<BatchCheckError> checkErrors(JsonNode list) throws IOException {
    List<BatchCheckError> out = new ArrayList<>();
    for (JsonNode entry : array(list, "checkErrorList")) {
      String raw = Json.write(entry);
      if (entry.isObject()) {
        Map<String, String> fields = Json.rawFields(raw);
        FieldReader r = FieldReader.of(fields, zone);
        out.add(new BatchCheckError(firstInteger(r, ERROR_INDEX), r.str("recipientAddress"),
            firstText(r, ERROR_MESSAGE), fields, raw));
      } else {
        out.add(new BatchCheckError(null, null, entry.isNull() ? null : entry.asText(), Map.of(), raw));
      }
    }
    return out;
  }

  private static Integer firstInteger(FieldReader r, List<String> names) throws IOException {
    for (String n : names) {
      Integer v = r.integer(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstText(FieldReader r, List<String> names) {
    for (String n : names) {
      String v = r.str(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  BatchPayoutDetail batchDetail(JsonNode data) throws IOException {
    JsonNode d = object(data);
    FieldReader r = reader(d);
    List<BatchPayoutRecordDetail> records = new ArrayList<>();
    for (JsonNode rec : array(d.get("records"), "records")) {
      FieldReader rr = reader(object(rec));
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
        r.instant("auditTime"), r.instant("executeTime"), r.str("purpose"), r.str("rejectReason"),
        r.str("auditOpinion"), records);
  }

  BatchCancelResult batchCancel(JsonNode data) throws IOException {
    FieldReader r = reader(object(data));
    Integer status = r.integer("status");
    return new BatchCancelResult(r.longValue("id"), r.str("batchNo"), r.str("mchNo"), r.str("mchName"),
        r.integer("totalCount"), r.decimal("totalAmount"), HexpayStatuses.audit(status), status,
        r.longValue("auditUserId"), r.str("auditUserName"), r.instant("auditTime"), r.str("remarks"),
        r.str("purpose"), r.str("rejectReason"), r.str("auditOpinion"), r.instant("executeTime"),
        r.integer("successCount"), r.integer("failCount"), r.integer("executingCount"), r.instant("createdAt"),
        r.instant("updatedAt"));
  }
}
