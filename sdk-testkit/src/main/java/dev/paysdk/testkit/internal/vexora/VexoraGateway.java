package dev.paysdk.testkit.internal.vexora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.testkit.VexoraSimulator.Outcome;
import dev.paysdk.testkit.internal.Endpoint;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import dev.paysdk.testkit.internal.SimServer;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Vexora gateway behind {@link VexoraSimulator}: routes, state, settings and test controls.
 * Not a public contract.
 */
public final class VexoraGateway {
  private static final Pattern WHOLE_AMOUNT = Pattern.compile("[0-9]+(\\.0+)?");
  /** The document says "10-digit number starting with 0" and its example has 12 digits. */
  private static final Pattern MOBILE = Pattern.compile("0[0-9]{9,12}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Object lock = new Object();
  private final String merchantNo;
  private final SigningRule rule;
  private final SimulatorOptions options;
  private final Faults faults;
  private final BiConsumer<Duration, Runnable> later;
  private final Consumer<WebhookDispatcher.Webhook> deliver;

  private final Map<String, VexoraOrder> orders = new LinkedHashMap<>();
  private final Set<String> platFormTradeNos = new HashSet<>();
  private final Deque<Planned> plannedOutcomes = new ArrayDeque<>();
  private BigDecimal available = VexoraSimulator.INITIAL_BALANCE;
  private BigDecimal freeze = BigDecimal.ZERO;
  private BigDecimal unsettled = BigDecimal.ZERO;
  private boolean systemErrorOnNextCreate;
  private boolean rejectNextQuery;

  private volatile VexoraSimulator.QueryAmountShape queryShape = VexoraSimulator.QueryAmountShape.AMOUNT;
  private volatile VexoraSimulator.BalanceValues balanceValues = VexoraSimulator.BalanceValues.STRINGS;
  private volatile boolean signWebhooks = true;
  private volatile boolean signAnswers = true;

  public VexoraGateway(String merchantNo, String appSecret, SimulatorOptions options, Faults faults,
      BiConsumer<Duration, Runnable> later, Consumer<WebhookDispatcher.Webhook> deliver) {
    this.merchantNo = merchantNo;
    this.rule = Signers.md5SaltedPairs(appSecret);
    this.options = options;
    this.faults = faults;
    this.later = later;
    this.deliver = deliver;
  }

  /** The outcome a test planned for a coming disbursement. */
  private record Planned(Outcome outcome, String message) {}

  private interface Handler {
    SimResponse handle(SimRequest request) throws VexoraError;
  }

  private static Endpoint endpoint(Handler h) {
    return req -> {
      try {
        return h.handle(req);
      } catch (VexoraError e) {
        return VexoraWire.error(e);
      }
    };
  }

  /** Registers the routes under {@code prefix} (empty, or a path such as {@code /indonesia}). */
  public void register(SimServer server, String prefix) {
    server.route("POST", prefix + "/v1/vexora/disbursements", VexoraSimulator.DISBURSEMENT, endpoint(this::disburse));
    server.route("POST", prefix + "/v1/vexora/queryPayOutResult", VexoraSimulator.QUERY, endpoint(this::query));
    server.route("POST", prefix + "/v1/vexora/queryBalance", VexoraSimulator.BALANCE, endpoint(this::balance));
  }

  /** Merchant header, body of string values, sign present and valid (rule C over every other field). */
  private Map<String, String> authenticate(SimRequest req) throws VexoraError {
    String header = req.header("merchantNo");
    if (header == null || header.isEmpty()) {
      throw VexoraError.rejected(VexoraSimulator.MSG_MISSING_MERCHANT);
    }
    if (!header.equals(merchantNo)) {
      throw VexoraError.rejected(VexoraSimulator.MSG_UNKNOWN_MERCHANT);
    }
    JsonNode body;
    try {
      body = Json.tree(req.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw VexoraError.rejected(VexoraSimulator.MSG_NOT_JSON);
    }
    Map<String, String> p = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isTextual()) {
        throw VexoraError.rejected("invalid parameter: " + e.getKey() + " must be a string");
      }
      p.put(e.getKey(), v.textValue());
    }
    String sign = p.get("sign");
    if (sign == null || sign.isEmpty()) {
      throw VexoraError.rejected("missing required parameter: sign");
    }
    try {
      rule.signer().verify(rule.canonical(p), sign);
    } catch (SignatureVerificationException e) {
      throw VexoraError.rejected(VexoraSimulator.MSG_BAD_SIGNATURE);
    }
    return p;
  }

  private static void requireFields(Map<String, String> p, String... names) throws VexoraError {
    List<String> missing = new ArrayList<>();
    for (String n : names) {
      String v = p.get(n);
      if (v == null || v.isBlank()) {
        missing.add(n);
      }
    }
    if (!missing.isEmpty()) {
      throw VexoraError.rejected("missing required parameter: " + String.join(", ", missing));
    }
  }

  private SimResponse disburse(SimRequest req) throws VexoraError {
    Map<String, String> p = authenticate(req);
    requireFields(p, "timestamp", "tradeNo", "amount", "accountNo", "mobile", "email", "firstname", "lastname",
        "notifyUrl");
    List<String> invalid = new ArrayList<>();
    if (!DIGITS.matcher(p.get("timestamp")).matches()) {
      invalid.add("timestamp must be epoch milliseconds");
    }
    if (p.get("tradeNo").length() > 64) {
      invalid.add("tradeNo is longer than 64 characters");
    }
    String amountText = p.get("amount");
    BigDecimal amount = WHOLE_AMOUNT.matcher(amountText).matches() ? new BigDecimal(amountText) : null;
    if (amount == null || amount.compareTo(VexoraSimulator.MINIMUM_AMOUNT) < 0) {
      invalid.add("amount must be a whole number of at least 100");
    }
    if (!MOBILE.matcher(p.get("mobile")).matches()) {
      invalid.add("mobile must be 10 to 13 digits starting with 0");
    }
    if (!Validation.isEmail(p.get("email"))) {
      invalid.add("email is not an email address");
    }
    if (!Validation.isHttpUrl(p.get("notifyUrl"))) {
      invalid.add("notifyUrl is not an http(s) URL");
    }
    if (p.get("accountNo").length() > 64) {
      invalid.add("accountNo is longer than 64 characters");
    }
    if (!invalid.isEmpty()) {
      throw VexoraError.rejected("invalid parameter: " + String.join("; ", invalid));
    }
    VexoraOrder o = new VexoraOrder();
    boolean systemError;
    synchronized (lock) {
      if (orders.containsKey(p.get("tradeNo"))) {
        throw VexoraError.rejected(VexoraSimulator.MSG_DUPLICATE);
      }
      o.amount = amount.setScale(0, RoundingMode.UNNECESSARY);
      o.fee = o.amount.multiply(VexoraSimulator.FEE_RATE).setScale(2, RoundingMode.UNNECESSARY);
      if (available.compareTo(o.hold()) < 0) {
        throw VexoraError.rejected(VexoraSimulator.MSG_INSUFFICIENT_BALANCE);
      }
      available = available.subtract(o.hold());
      freeze = freeze.add(o.hold());
      o.tradeNo = p.get("tradeNo");
      o.platFormTradeNo = newPlatFormTradeNo();
      o.amountText = amountText;
      o.accountNo = p.get("accountNo");
      o.mobile = p.get("mobile");
      o.email = p.get("email");
      o.firstname = p.get("firstname");
      o.lastname = p.get("lastname");
      o.notifyUrl = p.get("notifyUrl");
      o.remark = p.get("remark");
      o.createdAt = Instant.now();
      Planned planned = plannedOutcomes.pollFirst();
      if (planned != null) {
        o.plannedOutcome = planned.outcome();
        o.plannedMessage = planned.message();
      }
      orders.put(o.tradeNo, o);
      systemError = systemErrorOnNextCreate;
      systemErrorOnNextCreate = false;
    }
    if (options.autoAdvance()) {
      later.accept(options.processingDelay().plus(options.completionDelay()),
          () -> complete(o, o.plannedOutcome, o.plannedMessage, false));
    }
    if (systemError) {
      throw new VexoraError(VexoraSimulator.CODE_SYSTEM_ERROR, VexoraSimulator.MSG_SYSTEM_ERROR);
    }
    ObjectNode data = VexoraWire.object();
    synchronized (lock) {
      data.put("tradeNo", o.tradeNo);
      data.put("platFormTradeNo", o.platFormTradeNo);
      data.put("status", o.status);
      data.put("message", o.message);
      data.put("remark", o.remark == null ? "" : o.remark);
    }
    return signed(data, req);
  }

  /** {@code vx} and 15 lower-case letters or digits, like the sample's {@code vx4m8k2d9pl0q7f1a}. */
  private String newPlatFormTradeNo() {
    String id;
    do {
      StringBuilder sb = new StringBuilder("vx");
      for (int i = 0; i < 15; i++) {
        sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      id = sb.toString();
    } while (!platFormTradeNos.add(id));
    return id;
  }

  private SimResponse query(SimRequest req) throws VexoraError {
    Map<String, String> p = authenticate(req);
    requireFields(p, "tradeNo", "timestamp");
    ObjectNode data = VexoraWire.object();
    synchronized (lock) {
      if (rejectNextQuery) {
        rejectNextQuery = false;
        throw VexoraError.rejected(VexoraSimulator.MSG_QUERY_REJECTED);
      }
      VexoraOrder o = orders.get(p.get("tradeNo"));
      if (o == null) {
        throw VexoraError.rejected(VexoraSimulator.MSG_NOT_FOUND);
      }
      data.put("tradeNo", o.tradeNo);
      data.put("platFormTradeNo", o.platFormTradeNo);
      if (queryShape == VexoraSimulator.QueryAmountShape.ORDER_AND_PAY_AMOUNT) {
        data.put("orderAmount", o.amountText);
        data.put("payAmount", VexoraSimulator.STATUS_SUCCESS.equals(o.status) ? o.amountText : "0");
      } else {
        data.put("amount", o.amountText);
      }
      data.put("status", o.status);
      data.put("message", o.message);
      if (o.successTime != null) {
        data.put("successTime", VexoraWire.TIME.format(o.successTime));
      }
    }
    return signed(data, req);
  }

  private SimResponse balance(SimRequest req) throws VexoraError {
    Map<String, String> p = authenticate(req);
    requireFields(p, "timestamp");
    ObjectNode data = VexoraWire.object();
    synchronized (lock) {
      money(data, "availableAmount", available);
      money(data, "freezeAmount", freeze);
      money(data, "unsettledAmount", unsettled);
    }
    return signed(data, req);
  }

  private void money(ObjectNode data, String name, BigDecimal v) {
    BigDecimal two = v.setScale(Math.max(2, v.scale()), RoundingMode.UNNECESSARY);
    if (balanceValues == VexoraSimulator.BalanceValues.NUMBERS) {
      data.set(name, DecimalNode.valueOf(two));
    } else {
      data.put(name, two.toPlainString());
    }
  }

  /** Adds {@code data.sign} (rule C over the data fields) when answers are signed. */
  private SimResponse signed(ObjectNode data, SimRequest req) {
    if (signAnswers) {
      String sign = rule.sign(VexoraWire.signingView(data));
      data.put("sign", req.has(Fault.Kind.WRONG_SIGNATURE) ? VexoraWire.corrupt(sign) : sign);
    }
    return VexoraWire.ok(data);
  }

  /**
   * Ends a processing disbursement: success (frozen debited) or failure (amount + fee back to
   * available), then the webhook. From a test control, a final order is an error; from the
   * schedule it is left alone.
   */
  void complete(VexoraOrder o, Outcome outcome, String message, boolean control) {
    WebhookDispatcher.Webhook webhook;
    synchronized (lock) {
      if (o.isFinal()) {
        if (control) {
          throw new IllegalStateException("disbursement " + o.tradeNo + " is already final (status " + o.status + ")");
        }
        return;
      }
      freeze = freeze.subtract(o.hold());
      if (outcome == Outcome.SUCCESS) {
        o.status = VexoraSimulator.STATUS_SUCCESS;
        o.message = message == null ? "Success" : message;
        o.successTime = Instant.now();
      } else {
        o.status = VexoraSimulator.STATUS_FAILED;
        o.message = message == null ? "Transaction failed" : message;
        available = available.add(o.hold());
      }
      webhook = webhook(o);
    }
    deliver.accept(webhook);
  }

  private WebhookDispatcher.Webhook webhook(VexoraOrder o) {
    return webhook(o, o.notifyUrl, faults.take(Faults.WEBHOOK));
  }

  private WebhookDispatcher.Webhook webhook(VexoraOrder o, String url, Fault fault) {
    ObjectNode body = VexoraWire.object();
    body.put("platFormTradeNo", o.platFormTradeNo);
    body.put("tradeNo", o.tradeNo);
    body.put("amount", o.amountText);
    body.put("status", o.status);
    if (signWebhooks) {
      String sign = rule.sign(VexoraWire.signingView(body));
      body.put("sign", fault != null && fault.kind() == Fault.Kind.WRONG_SIGNATURE ? VexoraWire.corrupt(sign) : sign);
    }
    boolean duplicate = fault != null && fault.kind() == Fault.Kind.DUPLICATE_WEBHOOK;
    return new WebhookDispatcher.Webhook(o.tradeNo, url, "application/json", Map.of(), VexoraWire.write(body),
        "OK", VexoraSimulator.WEBHOOK_RETRY_SCHEDULE, duplicate);
  }

  // ---- settings and test controls (facade) ----

  public void queryShape(VexoraSimulator.QueryAmountShape shape) {
    this.queryShape = Objects.requireNonNull(shape, "shape == null");
  }

  public void balanceValues(VexoraSimulator.BalanceValues values) {
    this.balanceValues = Objects.requireNonNull(values, "values == null");
  }

  public void signWebhooks(boolean sign) {
    this.signWebhooks = sign;
  }

  public void signAnswers(boolean sign) {
    this.signAnswers = sign;
  }

  public void nextOutcome(Outcome outcome, String message) {
    synchronized (lock) {
      plannedOutcomes.addLast(new Planned(Objects.requireNonNull(outcome, "outcome == null"), message));
    }
  }

  public void complete(String tradeNo, Outcome outcome, String message) {
    VexoraOrder o;
    synchronized (lock) {
      o = orders.get(tradeNo);
    }
    if (o == null) {
      throw new IllegalArgumentException("no disbursement with tradeNo " + tradeNo);
    }
    complete(o, Objects.requireNonNull(outcome, "outcome == null"), message, true);
  }

  public void systemErrorOnNextCreate() {
    synchronized (lock) {
      systemErrorOnNextCreate = true;
    }
  }

  public void rejectNextQuery() {
    synchronized (lock) {
      rejectNextQuery = true;
    }
  }

  public Optional<VexoraSimulator.Disbursement> disbursement(String tradeNo) {
    synchronized (lock) {
      return Optional.ofNullable(orders.get(tradeNo)).map(VexoraOrder::snapshot);
    }
  }

  /**
   * The webhook of the disbursement with this tradeNo or platFormTradeNo in its current state, to
   * {@code url}, with a corrupted sign when {@code wrongSignature}; empty when there is none.
   */
  public Optional<WebhookDispatcher.Webhook> webhookOf(String orderNo, String url, boolean wrongSignature) {
    synchronized (lock) {
      VexoraOrder o = orders.get(orderNo);
      if (o == null) {
        o = orders.values().stream().filter(v -> orderNo.equals(v.platFormTradeNo)).findFirst().orElse(null);
      }
      return o == null ? Optional.empty()
          : Optional.of(webhook(o, url, wrongSignature ? Fault.wrongSignature() : null));
    }
  }

  /** Snapshots of every disbursement, in creation order. */
  public List<VexoraSimulator.Disbursement> disbursements() {
    synchronized (lock) {
      return orders.values().stream().map(VexoraOrder::snapshot).toList();
    }
  }

  public int count() {
    synchronized (lock) {
      return orders.size();
    }
  }

  public VexoraSimulator.AccountBalance balance() {
    synchronized (lock) {
      return new VexoraSimulator.AccountBalance(available, freeze, unsettled);
    }
  }

  public void setBalance(BigDecimal availableAmount, BigDecimal freezeAmount, BigDecimal unsettledAmount) {
    synchronized (lock) {
      this.available = Objects.requireNonNull(availableAmount, "available == null");
      this.freeze = Objects.requireNonNull(freezeAmount, "freeze == null");
      this.unsettled = Objects.requireNonNull(unsettledAmount, "unsettled == null");
    }
  }
}
