package dev.paysdk.testkit.internal.hexpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cashier orders: create, query, list, the state machine and the payment webhook. */
final class HexpayPayIns {
  static final String WAY_CODE = "QR_CODE";
  private static final Duration EXPIRY = Duration.ofMinutes(30);

  private final HexpayContext ctx;
  private final HexpayAuth auth;
  private final Map<String, PayInOrderState> byPayOrderId = new LinkedHashMap<>();
  private final Map<String, PayInOrderState> byMchOrderNo = new HashMap<>();
  private long sequence;

  HexpayPayIns(HexpayContext ctx, HexpayAuth auth) {
    this.ctx = ctx;
    this.auth = auth;
  }

  SimResponse create(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.jsonParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    String mchOrderNo = c.required("mchOrderNo", 64);
    String currency = c.oneOf("currency", c.required("currency", 10), HexpayChecks.PAYIN_CURRENCIES);
    c.optional("defaultCurrency", 10);
    String network = c.network("network", c.required("network", 30));
    Integer bizCode = c.integer("bizCode", c.optional("bizCode", 11));
    String amountText = c.required("amount", 40);
    BigDecimal amount = c.amount("amount", amountText);
    String mchUserId = c.required("mchUserId", 32);
    JsonNode goods = c.goods(c.required("goods", 4096));
    String notifyUrl = c.url("notifyUrl", c.optional("notifyUrl", 256));
    String successUrl = c.url("successUrl", c.optional("successUrl", 256));
    String failUrl = c.url("failUrl", c.optional("failUrl", 256));
    c.optional("clientIp", 32);
    c.bool("autoChangeCurrency");
    c.bool("mchCoverFee");
    c.throwIfAny();

    PayInOrderState o = new PayInOrderState();
    synchronized (ctx.lock) {
      if (byMchOrderNo.containsKey(mchOrderNo)) {
        throw new HexpayError(HexpaySimulator.CODE_DUPLICATE_ORDER, "mchOrderNo already exists");
      }
      Instant now = Instant.now();
      o.sequence = ++sequence;
      o.payOrderId = newPayOrderId(now);
      o.mchOrderNo = mchOrderNo;
      o.amountText = amountText.trim();
      o.amount = amount;
      o.currency = currency;
      o.network = network;
      o.bizCode = bizCode;
      o.mchUserId = mchUserId;
      o.goods = goods;
      o.notifyUrl = notifyUrl;
      o.successUrl = successUrl;
      o.failUrl = failUrl;
      o.createdAt = now;
      o.updatedAt = now;
      o.expiredAt = now.plus(EXPIRY);
      byPayOrderId.put(o.payOrderId, o);
      byMchOrderNo.put(mchOrderNo, o);
    }
    if (ctx.options.autoAdvance()) {
      Duration paying = ctx.options.processingDelay();
      ctx.later.accept(paying, () -> markPaying(o));
      ctx.later.accept(paying.plus(ctx.options.completionDelay()), () -> transition(o, PayInOrderState.PAID, false));
    }
    ObjectNode data = HexpayWire.object();
    HexpayWire.decimal(data, "amount", new BigDecimal(o.amountText));
    data.put("currency", currency);
    data.put("location", ctx.baseUrl.get() + "/pay?payOrderId=" + o.payOrderId);
    data.put("network", network);
    data.put("orderState", PayInOrderState.CREATED);
    data.put("payOrderId", o.payOrderId);
    return HexpayWire.ok(data, req, ctx.md5Rule);
  }

  /** {@code P} and 19 digits, like the gateway's ids. */
  private String newPayOrderId(Instant now) {
    long n = now.toEpochMilli() * 1_000_000L + sequence % 1_000_000L;
    String id = "P" + n;
    while (byPayOrderId.containsKey(id)) {
      id = "P" + (++n);
    }
    return id;
  }

  SimResponse query(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.getParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    String payOrderId = c.optional("payOrderId", 30);
    String mchOrderNo = c.optional("mchOrderNo", 64);
    if (c.ok() && payOrderId == null && mchOrderNo == null) {
      c.add("payOrderId or mchOrderNo is required");
    }
    c.throwIfAny();
    String dataJson;
    synchronized (ctx.lock) {
      PayInOrderState o = payOrderId != null ? byPayOrderId.get(payOrderId) : byMchOrderNo.get(mchOrderNo);
      if (o == null || (mchOrderNo != null && !o.mchOrderNo.equals(mchOrderNo))) {
        throw new HexpayError(HexpaySimulator.CODE_ORDER_NOT_FOUND, "order not found");
      }
      dataJson = HexpayWire.write(queryData(o));
    }
    // Rule A over the fields of data, as the platform signs its answers (the data object, not the
    // envelope), each value exactly as written below: nested goods as its JSON text.
    Map<String, String> signed;
    try {
      signed = dev.paysdk.core.internal.Json.rawFields(dataJson);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the simulator wrote invalid JSON", e);
    }
    String sign = ctx.md5Rule.sign(signed);
    if (req.has(Fault.Kind.WRONG_SIGNATURE)) {
      sign = HexpayWire.corrupt(sign);
    }
    return SimResponse.json("{\"code\":0,\"data\":" + dataJson + ",\"msg\":\"SUCCESS\",\"sign\":\"" + sign + "\"}");
  }

  /** The documented query fields, in the sample's (alphabetical) order; absent values are left out. */
  private ObjectNode queryData(PayInOrderState o) {
    ObjectNode d = HexpayWire.object();
    HexpayWire.decimal(d, "amount", HexpayWire.scale6(o.amount));
    HexpayWire.textIfPresent(d, "cancelTime", HexpayWire.time(o.cancelTime));
    d.put("createdAt", HexpayWire.time(o.createdAt));
    d.put("expiredTime", HexpayWire.time(o.expiredAt));
    d.set("goods", o.goods.deepCopy());
    d.put("mchName", ctx.mchName);
    d.put("mchNo", ctx.mchNo);
    d.put("mchOrderNo", o.mchOrderNo);
    d.put("mchUserId", o.mchUserId);
    d.put("payOrderId", o.payOrderId);
    HexpayWire.textIfPresent(d, "paySuccessTime", HexpayWire.time(o.paySuccessTime));
    HexpayWire.textIfPresent(d, "realNetwork", o.realNetwork);
    HexpayWire.decimalIfPresent(d, "realPayAmount", HexpayWire.scale6(o.realPayAmount));
    HexpayWire.textIfPresent(d, "realPayCurrency", o.realPayCurrency);
    HexpayWire.decimal(d, "refundAmount", new BigDecimal("0.000000"));
    d.put("state", o.state);
    d.put("updatedAt", HexpayWire.time(o.updatedAt));
    d.put("waitNetwork", o.network);
    d.put("waitPayCurrency", o.currency);
    d.put("wayCode", WAY_CODE);
    return d;
  }

  SimResponse list(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.getParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    Integer bizCode = c.integer("bizCode", c.optional("bizCode", 11));
    Instant start = c.time("createdStart", c.optional("createdStart", 19));
    Instant end = c.time("createdEnd", c.optional("createdEnd", 19));
    Integer settleState = c.integer("settleState", c.optional("settleState", 1));
    Integer state = c.integer("state", c.optional("state", 1));
    int current = c.intRange("current", 1, Integer.MAX_VALUE, 1);
    int size = c.intRange("size", 1, HexpaySimulator.MAX_PAGE_SIZE, 10);
    c.throwIfAny();
    List<ObjectNode> page = new ArrayList<>();
    long total;
    synchronized (ctx.lock) {
      List<PayInOrderState> hits = byPayOrderId.values().stream()
          .filter(o -> bizCode == null || bizCode.equals(bizCodeOf(o)))
          // the filters work to the second, like the documented time format
          .filter(o -> start == null || !o.createdAt.isBefore(start))
          .filter(o -> end == null || o.createdAt.getEpochSecond() <= end.getEpochSecond())
          .filter(o -> settleState == null || settleState == o.settleState)
          .filter(o -> state == null || state == o.state)
          .sorted(Comparator.comparingLong((PayInOrderState o) -> o.sequence).reversed())
          .toList();
      total = hits.size();
      long from = (long) (current - 1) * size;
      for (long i = from; i < Math.min(total, from + size); i++) {
        page.add(listRecord(hits.get((int) i)));
      }
    }
    ObjectNode data = HexpayWire.object();
    ArrayNode records = data.putArray("records");
    page.forEach(records::add);
    data.put("total", total);
    data.put("size", size);
    data.put("current", current);
    data.put("pages", (total + size - 1) / size);
    return HexpayWire.ok(data, req, ctx.md5Rule);
  }

  private static int bizCodeOf(PayInOrderState o) {
    return o.bizCode == null ? 0 : o.bizCode;
  }

  /** A list record as the sample writes it: amounts as strings, absent values left out. */
  private ObjectNode listRecord(PayInOrderState o) {
    ObjectNode r = HexpayWire.object();
    r.put("payOrderId", o.payOrderId);
    r.put("appId", ctx.appId);
    r.put("mchOrderNo", o.mchOrderNo);
    r.put("createdAt", HexpayWire.time(o.createdAt));
    r.put("state", o.state);
    r.put("mchUserId", o.mchUserId);
    r.put("bizCode", bizCodeOf(o));
    r.put("wayCode", WAY_CODE);
    r.put("network", o.network);
    r.put("currency", o.currency);
    r.put("amount", HexpayWire.plain(o.amount));
    HexpayWire.textIfPresent(r, "realPayCurrency", o.realPayCurrency);
    HexpayWire.textIfPresent(r, "realPayAmount", HexpayWire.plain(o.realPayAmount));
    HexpayWire.textIfPresent(r, "realNetwork", o.realNetwork);
    HexpayWire.textIfPresent(r, "txHash", o.txHash);
    HexpayWire.textIfPresent(r, "successTime", HexpayWire.time(o.paySuccessTime));
    HexpayWire.textIfPresent(r, "settleCurrency", o.settleCurrency);
    HexpayWire.textIfPresent(r, "settleAmount", HexpayWire.plain(o.settleAmount));
    HexpayWire.textIfPresent(r, "mchFeeAmount", HexpayWire.plain(o.mchFeeAmount));
    HexpayWire.textIfPresent(r, "mchSettleIncome", HexpayWire.plain(o.mchSettleIncome));
    r.put("settleState", o.settleState);
    return r;
  }

  /** The simulated cashier page the answer's {@code location} points at. */
  SimResponse cashier(SimRequest req) {
    String id = req.queryParams().get("payOrderId");
    PayInOrderState o;
    synchronized (ctx.lock) {
      o = id == null ? null : byPayOrderId.get(id);
    }
    if (o == null) {
      return new SimResponse(404, "text/html;charset=UTF-8",
          "<html><body>unknown order</body></html>".getBytes(StandardCharsets.UTF_8));
    }
    String html = "<html><body><h1>Simulated cashier</h1><p>Order " + o.payOrderId + ": " + o.amount.toPlainString()
        + " " + o.currency + " on " + o.network + ", state " + o.state + "</p></body></html>";
    return new SimResponse(200, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private void markPaying(PayInOrderState o) {
    synchronized (ctx.lock) {
      if (o.state == PayInOrderState.CREATED) {
        o.state = PayInOrderState.PAYING;
        o.updatedAt = Instant.now();
      }
    }
  }

  /**
   * Moves an order to a final state and sends its webhook. From a test control, an order already
   * final is an error; from the schedule, it is left alone.
   */
  void transition(PayInOrderState o, int target, boolean control) {
    WebhookDispatcher.Webhook webhook;
    synchronized (ctx.lock) {
      if (o.isFinal()) {
        if (control) {
          throw new IllegalStateException("pay-in " + o.payOrderId + " is already final (state " + o.state + ")");
        }
        return;
      }
      Instant now = Instant.now();
      o.state = target;
      o.updatedAt = now;
      if (target == PayInOrderState.PAID) {
        paid(o, now);
      } else if (target == PayInOrderState.CANCELLED) {
        o.cancelTime = now;
      }
      webhook = webhook(o);
    }
    if (webhook != null) {
      ctx.deliver.accept(webhook);
    }
  }

  /** The customer paid the ordered amount; the merchant is credited the amount less the fee. */
  private void paid(PayInOrderState o, Instant now) {
    boolean coin = HexpayChecks.PAYOUT_CURRENCIES.contains(o.currency);
    o.paySuccessTime = now;
    // a fiat order is paid in USDT at the simulator's rate of 1
    o.realPayCurrency = coin ? o.currency : "USDT";
    o.realPayAmount = o.amount;
    o.realNetwork = o.network.toLowerCase(Locale.ROOT);
    o.txHash = HexpayWire.txHash();
    o.settleCurrency = o.realPayCurrency;
    o.settleAmount = o.amount;
    BigDecimal fee = o.amount.multiply(HexpaySimulator.PAYIN_FEE_RATE);
    if (fee.scale() > 6) {
      fee = fee.setScale(6, RoundingMode.HALF_UP);
    }
    o.mchFeeAmount = fee;
    o.mchSettleIncome = o.amount.subtract(fee);
    o.settleState = 2;
    ctx.ledger.credit(o.settleCurrency, o.mchSettleIncome);
  }

  /** The form webhook of the document's sample, or null when the order has no notify URL. */
  private WebhookDispatcher.Webhook webhook(PayInOrderState o) {
    String url = o.notifyUrl != null ? o.notifyUrl : ctx.defaultNotifyUrl;
    if (url == null) {
      return null;
    }
    return webhook(o, url, ctx.faults.take(Faults.WEBHOOK));
  }

  private WebhookDispatcher.Webhook webhook(PayInOrderState o, String url, Fault fault) {
    Map<String, String> f = new LinkedHashMap<>();
    put(f, "payOrderId", o.payOrderId);
    put(f, "amount", o.amountText);
    put(f, "mchOrderNo", o.mchOrderNo);
    put(f, "mchName", ctx.mchName);
    put(f, "realNetwork", o.realNetwork);
    put(f, "wayCode", WAY_CODE);
    put(f, "payWay", o.realPayCurrency == null ? null : o.realPayCurrency + "(" + o.network + ")");
    put(f, "successUrl", o.successUrl);
    put(f, "failUrl", o.failUrl);
    put(f, "reqTime", String.valueOf(System.currentTimeMillis()));
    put(f, "realPayCurrency", o.realPayCurrency);
    put(f, "createdAt", HexpayWire.time(o.createdAt));
    put(f, "appId", ctx.appId);
    put(f, "successTime", o.paySuccessTime == null ? null : String.valueOf(o.paySuccessTime.toEpochMilli()));
    put(f, "mchUserId", o.mchUserId);
    put(f, "currency", o.currency);
    put(f, "realPayAmount", o.realPayAmount == null ? null : HexpayWire.scale6(o.realPayAmount).toPlainString());
    put(f, "state", String.valueOf(o.state));
    put(f, "mchNo", ctx.mchNo);
    put(f, "refundAmount", "0.000000");
    put(f, "updatedAt", HexpayWire.time(o.updatedAt));
    put(f, "settleAmount", HexpayWire.plain(o.settleAmount));
    put(f, "settleCurrency", o.settleCurrency);
    String sign = ctx.webhookSigning == HexpaySimulator.WebhookSigning.MD5 ? ctx.md5Rule.sign(f) : ctx.platformRule.sign(f);
    if (fault != null && fault.kind() == Fault.Kind.WRONG_SIGNATURE) {
      sign = HexpayWire.corrupt(sign);
    }
    f.put("sign", sign);
    boolean duplicate = fault != null && fault.kind() == Fault.Kind.DUPLICATE_WEBHOOK;
    return new WebhookDispatcher.Webhook(o.mchOrderNo, url, "application/x-www-form-urlencoded", Map.of(),
        HexpayWire.form(f), "SUCCESS", HexpaySimulator.WEBHOOK_RETRY_SCHEDULE, duplicate);
  }

  private static void put(Map<String, String> f, String name, String value) {
    if (value != null) {
      f.put(name, value);
    }
  }

  PayInOrderState byPayOrderId(String payOrderId) {
    synchronized (ctx.lock) {
      PayInOrderState o = byPayOrderId.get(payOrderId);
      if (o == null) {
        throw new IllegalArgumentException("no pay-in with payOrderId " + payOrderId);
      }
      return o;
    }
  }

  Optional<HexpaySimulator.PayInOrder> snapshot(String mchOrderNo) {
    synchronized (ctx.lock) {
      return Optional.ofNullable(byMchOrderNo.get(mchOrderNo)).map(PayInOrderState::snapshot);
    }
  }

  /**
   * The webhook of the order with this mchOrderNo or payOrderId in its current state, to {@code url};
   * empty when there is none.
   */
  Optional<WebhookDispatcher.Webhook> webhookOf(String orderNo, String url, boolean wrongSignature) {
    synchronized (ctx.lock) {
      PayInOrderState o = byMchOrderNo.get(orderNo);
      if (o == null) {
        o = byPayOrderId.get(orderNo);
      }
      return o == null ? Optional.empty()
          : Optional.of(webhook(o, url, wrongSignature ? Fault.wrongSignature() : null));
    }
  }

  /** Snapshots of every order, in creation order. */
  List<HexpaySimulator.PayInOrder> snapshots() {
    synchronized (ctx.lock) {
      return byPayOrderId.values().stream().map(PayInOrderState::snapshot).toList();
    }
  }

  int count() {
    synchronized (ctx.lock) {
      return byPayOrderId.size();
    }
  }
}
