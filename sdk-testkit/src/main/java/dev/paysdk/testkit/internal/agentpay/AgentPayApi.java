package dev.paysdk.testkit.internal.agentpay;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.testkit.AgentPaySimulator.Balance;
import dev.paysdk.testkit.AgentPaySimulator.Order;
import dev.paysdk.testkit.AgentPaySimulator.Status;
import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.internal.OrderedJson;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The three AgentPay endpoints: form parsing, the checks in the order the simulator's Javadoc lists
 * them, and the answers. State lives in {@link AgentPayLedger}; what happens after acceptance is the
 * simulator's business ({@code onAccepted}).
 */
public final class AgentPayApi {
  private static final List<String> APPLY_REQUIRED = List.of("mchId", "mchOrderNo", "amount", "currency", "accountNo",
      "accountBankCode", "notifyUrl", "extra", "sign");
  private static final List<String> READ_REQUIRED = List.of("mchId", "reqTime", "sign");

  private final String merchantId;
  private final String busNo;
  private final SigningRule rule;
  private final SigningRule wrongRule;
  private final AgentPayLedger ledger;
  private final Consumer<Order> onAccepted;

  public AgentPayApi(String merchantId, String busNo, SigningRule rule, SigningRule wrongRule, AgentPayLedger ledger,
      Consumer<Order> onAccepted) {
    this.merchantId = merchantId;
    this.busNo = busNo;
    this.rule = rule;
    this.wrongRule = wrongRule;
    this.ledger = ledger;
    this.onAccepted = onAccepted;
  }

  /** {@code POST /api/agentpay/apply}. */
  public SimResponse apply(SimRequest req) {
    Parsed in = parse(req, APPLY_REQUIRED, false);
    if (in.error != null) {
      return in.error;
    }
    Map<String, String> p = in.params;
    List<String> problems = AgentPayRules.applyProblems(p);
    if (!problems.isEmpty()) {
      return fail(String.join("; ", problems));
    }
    AgentPayLedger.Applied applied = ledger.apply(p, Long.parseLong(p.get("amount")),
        req.has(Fault.Kind.DUPLICATE_WEBHOOK));
    if (applied.error() != null) {
      return fail(applied.error());
    }
    Order o = applied.order();
    onAccepted.accept(o);
    return signed(new OrderedJson()
        .string("retCode", "SUCCESS")
        .string("retMsg", "Payout application successful")
        .string("agentpayOrderId", o.agentpayOrderId())
        .number("fee", o.fee())
        .raw("extra", null)
        .number("status", o.status().code()), req);
  }

  /** {@code POST /api/pay/orderquery}. */
  public SimResponse query(SimRequest req) {
    Parsed in = parse(req, READ_REQUIRED, true);
    if (in.error != null) {
      return in.error;
    }
    Optional<Order> found = ledger.find(in.params.get("mchOrderNo"), in.params.get("agentpayOrderId"));
    if (found.isEmpty()) {
      return fail("order not exist");
    }
    Order o = found.get();
    OrderedJson answer = new OrderedJson()
        .string("retCode", "SUCCESS")
        .string("mchOrderNo", o.merchantOrderNo())
        .string("agentpayOrderId", o.agentpayOrderId())
        .string("channelPayNo", o.channelPayNo())
        .number("amount", o.amount())
        .number("status", o.status().code())
        .number("fee", o.fee());
    if (o.status() == Status.FAILED) {
      answer.string("errorMessage", o.errorMessage());
    }
    return signed(answer, req);
  }

  /** {@code POST /api/agentpay/query_balance}. */
  public SimResponse balance(SimRequest req) {
    Parsed in = parse(req, READ_REQUIRED, false);
    if (in.error != null) {
      return in.error;
    }
    Balance b = ledger.balance();
    return signed(new OrderedJson()
        .string("retCode", "SUCCESS")
        .string("retMsg", null)
        .string("busNo", busNo)
        .number("amount", b.amount())
        .number("frozenAmount", b.frozenAmount())
        .number("availableAmount", b.availableAmount())
        .number("pendingAmount", b.pendingAmount())
        .number("unsettledAmount", b.unsettledAmount()), req);
  }

  private record Parsed(Map<String, String> params, SimResponse error) {}

  /** Content type, form, required parameters, merchant, signature: the checks every endpoint shares. */
  private Parsed parse(SimRequest req, List<String> required, boolean needsOrderReference) {
    String contentType = req.header("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return new Parsed(null, fail("Content-Type must be application/x-www-form-urlencoded"));
    }
    Map<String, String> p;
    try {
      p = req.form();
    } catch (IllegalArgumentException e) {
      return new Parsed(null, fail("malformed form body"));
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!present(p.get(name))) {
        missing.add(name);
      }
    }
    if (needsOrderReference && !present(p.get("mchOrderNo")) && !present(p.get("agentpayOrderId"))) {
      missing.add("mchOrderNo or agentpayOrderId");
    }
    if (!missing.isEmpty()) {
      return new Parsed(null, fail("missing parameter: " + String.join(", ", missing)));
    }
    if (!merchantId.equals(p.get("mchId"))) {
      return new Parsed(null, fail("mchId not exist"));
    }
    try {
      rule.signer().verify(rule.canonical(p), p.get("sign"));
    } catch (SignatureVerificationException e) {
      return new Parsed(null, fail("sign error"));
    }
    return new Parsed(p, null);
  }

  private SimResponse signed(OrderedJson answer, SimRequest req) {
    SigningRule r = req.has(Fault.Kind.WRONG_SIGNATURE) ? wrongRule : rule;
    answer.string("sign", r.sign(answer.signingMap()));
    return SimResponse.json(answer.toJson());
  }

  /** The gateway's unsigned error answer. */
  static SimResponse fail(String reason) {
    return SimResponse.json(new OrderedJson().string("retCode", "FAIL").string("retMsg", reason).toJson());
  }

  static boolean present(String s) {
    return s != null && !s.isEmpty();
  }
}
