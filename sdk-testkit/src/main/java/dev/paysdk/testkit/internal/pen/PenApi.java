package dev.paysdk.testkit.internal.pen;

import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.PenPayoutSimulator.Order;
import dev.paysdk.testkit.PenPayoutSimulator.Status;
import dev.paysdk.testkit.internal.OrderedJson;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The two PEN endpoints: headers, signature, nonce, field rules (in the order the simulator's
 * Javadoc lists them) and the answers. State lives in {@link PenLedger}; what happens after
 * acceptance is the simulator's business ({@code onAccepted}).
 */
public final class PenApi {
  private final String merchantId;
  private final BiPredicate<byte[], String> signatureMatches;
  private final PenLedger ledger;
  private final Consumer<Order> onAccepted;

  /**
   * @param signatureMatches whether a {@code Sign} header value is the signature of a body
   */
  public PenApi(String merchantId, BiPredicate<byte[], String> signatureMatches, PenLedger ledger,
      Consumer<Order> onAccepted) {
    this.merchantId = merchantId;
    this.signatureMatches = signatureMatches;
    this.ledger = ledger;
    this.onAccepted = onAccepted;
  }

  /** {@code POST /api/payOut}. */
  public SimResponse create(SimRequest req) {
    Checked in = check(req);
    if (in.error != null) {
      return in.error;
    }
    List<String> problems = PenRules.createProblems(in.fields);
    if (!problems.isEmpty()) {
      return fail(400, String.join("; ", problems));
    }
    BigDecimal amount = new BigDecimal(in.fields.get("amount")).setScale(2);
    PenLedger.Created created = ledger.create(in.fields, amount, req.has(Fault.Kind.DUPLICATE_WEBHOOK));
    if (created.error() != null) {
      return fail(created.code(), created.error());
    }
    Order o = created.order();
    onAccepted.accept(o);
    return ok(new OrderedJson()
        .string("merchantId", merchantId)
        .string("mchOrderNo", o.merchantOrderNo())
        .string("orderNo", o.orderNo())
        .number("amount", o.amount())
        .number("fee", o.fee())
        .string("orderStatus", o.status().name()));
  }

  /** {@code POST /api/payOutQuery}. */
  public SimResponse query(SimRequest req) {
    Checked in = check(req);
    if (in.error != null) {
      return in.error;
    }
    List<String> problems = PenRules.queryProblems(in.fields);
    if (!problems.isEmpty()) {
      return fail(400, String.join("; ", problems));
    }
    Optional<Order> found = ledger.find(in.fields.get("mchOrderNo"), in.fields.get("orderNo"));
    if (found.isEmpty()) {
      return fail(404, "order not found");
    }
    Order o = found.get();
    boolean paid = o.status() == Status.SUCCESS;
    return ok(new OrderedJson()
        .string("merchantId", merchantId)
        .string("mchOrderNo", o.merchantOrderNo())
        .string("orderNo", o.orderNo())
        .string("channelOrderNo", o.channelOrderNo())
        .number("amount", o.amount())
        .number("fee", paid ? o.fee() : null)
        .string("orderStatus", o.status().name())
        .string("completionTime", o.completionTime())
        .string("resultDesc", o.resultDesc()));
  }

  private record Checked(Map<String, String> fields, SimResponse error) {}

  /** Content type, JSON, merchant, signature, nonce: the checks both endpoints share. */
  private Checked check(SimRequest req) {
    String contentType = req.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return new Checked(null, fail(400, "Content-Type must be application/json"));
    }
    Map<String, String> fields;
    try {
      fields = req.jsonFields();
    } catch (IOException e) {
      return new Checked(null, fail(400, "body is not a JSON object"));
    }
    if (!merchantId.equals(req.header("MerchantId"))) {
      return new Checked(null, fail(401, "invalid MerchantId"));
    }
    if (!signatureMatches.test(req.body(), req.header("Sign"))) {
      return new Checked(null, fail(403, "sign error"));
    }
    String nonce = fields.get("nonceStr");
    if (PenRules.present(nonce) && !ledger.useNonce(nonce)) {
      return new Checked(null, fail(400, "nonceStr already used"));
    }
    return new Checked(fields, null);
  }

  private static SimResponse ok(OrderedJson data) {
    return SimResponse.json(new OrderedJson().string("msg", "SUCCESS").number("code", 200).raw("data", data.toJson())
        .toJson());
  }

  private static SimResponse fail(int code, String msg) {
    return SimResponse.json(new OrderedJson().string("msg", msg).number("code", code).raw("data", null).toJson());
  }
}
