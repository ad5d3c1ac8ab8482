package dev.paysdk.testkit.internal.hexpay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.internal.Endpoint;
import dev.paysdk.testkit.internal.SimRequest;
import dev.paysdk.testkit.internal.SimResponse;
import dev.paysdk.testkit.internal.SimServer;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.math.BigDecimal;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Hexpay gateway behind {@link HexpaySimulator}: routes, state and test controls. Not a
 * public contract.
 */
public final class HexpayGateway {
  private final HexpayContext ctx;
  private final HexpayAuth auth;
  private final HexpayPayIns payIns;
  private final HexpayBatches batches;

  /**
   * What the simulator hands its gateway.
   *
   * @param mchNo merchant number
   * @param appId application id
   * @param appSecret application secret (rule A)
   * @param mchName merchant name written in answers and webhooks
   * @param options timing
   * @param faults the simulator's fault queue (for webhook faults)
   * @param later runs a task after a delay
   * @param deliver delivers a webhook with retries
   * @param baseUrl the simulator's base URL (for the cashier {@code location})
   * @param webhookSigning how webhooks are signed at first
   */
  public record Setup(String mchNo, String appId, String appSecret, String mchName, SimulatorOptions options,
      Faults faults, BiConsumer<Duration, Runnable> later, Consumer<WebhookDispatcher.Webhook> deliver,
      Supplier<String> baseUrl, HexpaySimulator.WebhookSigning webhookSigning) {}

  public HexpayGateway(Setup setup, PublicKey merchantPublicKey, PrivateKey platformPrivateKey) {
    this.ctx = new HexpayContext(setup, merchantPublicKey, platformPrivateKey);
    this.auth = new HexpayAuth(ctx);
    this.payIns = new HexpayPayIns(ctx, auth);
    this.batches = new HexpayBatches(ctx, auth);
  }

  private interface Handler {
    SimResponse handle(SimRequest request) throws HexpayError;
  }

  private static Endpoint endpoint(Handler h) {
    return req -> {
      try {
        return h.handle(req);
      } catch (HexpayError e) {
        return HexpayWire.error(e);
      }
    };
  }

  /** Registers the gateway's routes. */
  public void register(SimServer server) {
    server.route("POST", "/v1/hexpay/trade/order", HexpaySimulator.PAYIN_ORDER, endpoint(payIns::create));
    server.route("GET", "/v1/hexpay/trade/query", HexpaySimulator.PAYIN_QUERY, endpoint(payIns::query));
    server.route("GET", "/v1/hexpay/batch/query", HexpaySimulator.PAYIN_LIST, endpoint(payIns::list));
    server.route("POST", "/v1/hexpay/balance/query", HexpaySimulator.BALANCE_QUERY, endpoint(this::balance));
    server.route("POST", "/v1/hexpay/batchPayment/upload", HexpaySimulator.BATCH_UPLOAD, endpoint(batches::upload));
    server.route("POST", "/v1/hexpay/batchPayment/query", HexpaySimulator.BATCH_QUERY, endpoint(batches::query));
    server.route("POST", "/v1/hexpay/batchPayment/cancel", HexpaySimulator.BATCH_CANCEL, endpoint(batches::cancel));
    server.route("GET", "/pay", HexpaySimulator.CASHIER, payIns::cashier);
  }

  private SimResponse balance(SimRequest req) throws HexpayError {
    Map<String, String> p = HexpayWire.jsonParams(req);
    auth.authenticate(p);
    HexpayChecks c = new HexpayChecks(p);
    String currency = c.oneOf("currency", c.optional("currency", 10), HexpayChecks.PAYOUT_CURRENCIES);
    c.throwIfAny();
    ArrayNode data = HexpayWire.array();
    synchronized (ctx.lock) {
      for (String cur : new String[] {"USDT", "USDC"}) {
        if (currency != null && !currency.equals(cur)) {
          continue;
        }
        ObjectNode b = data.addObject();
        HexpayWire.decimal(b, "availableBalance", new BigDecimal(HexpayWire.plain(ctx.ledger.available(cur))));
        b.put("coinFullName", HexpayLedger.FULL_NAMES.get(cur));
        b.put("currency", cur);
        HexpayWire.decimal(b, "frozenBalance", new BigDecimal(HexpayWire.plain(ctx.ledger.frozen(cur))));
      }
    }
    return HexpayWire.ok(data, req, ctx.md5Rule);
  }

  public void webhookSigning(HexpaySimulator.WebhookSigning signing) {
    ctx.webhookSigning = Objects.requireNonNull(signing, "signing == null");
  }

  public HexpaySimulator.WebhookSigning webhookSigning() {
    return ctx.webhookSigning;
  }

  public void defaultNotifyUrl(String url) {
    ctx.defaultNotifyUrl = url;
  }

  /** Moves a pay-in to {@code state} (2, 3, 4 or 6) and sends its webhook. */
  public void settlePayIn(String payOrderId, int state) {
    payIns.transition(payIns.byPayOrderId(payOrderId), state, true);
  }

  public Optional<HexpaySimulator.PayInOrder> payIn(String mchOrderNo) {
    return payIns.snapshot(mchOrderNo);
  }

  /** Snapshots of every pay-in, in creation order. */
  public java.util.List<HexpaySimulator.PayInOrder> payIns() {
    return payIns.snapshots();
  }

  /** The webhook of a pay-in (by mchOrderNo or payOrderId) in its current state, to {@code url}. */
  public Optional<dev.paysdk.testkit.internal.WebhookDispatcher.Webhook> webhookOf(String orderNo, String url,
      boolean wrongSignature) {
    return payIns.webhookOf(orderNo, url, wrongSignature);
  }

  /** Snapshots of every batch, in upload order. */
  public java.util.List<HexpaySimulator.Batch> batches() {
    return batches.snapshots();
  }

  public int payInCount() {
    return payIns.count();
  }

  public void approveBatch(String batchNo) {
    batches.review(batches.byBatchNo(batchNo), true);
  }

  public void rejectBatch(String batchNo, String reason) {
    batches.reject(batches.byBatchNo(batchNo), reason);
  }

  public void completeBatch(String batchNo) {
    batches.complete(batches.byBatchNo(batchNo), true);
  }

  public void failPayoutsTo(String address, String reason) {
    batches.failPayoutsTo(address, reason);
  }

  public Optional<HexpaySimulator.Batch> batch(String batchNo) {
    return batches.snapshot(batchNo);
  }

  public int batchCount() {
    return batches.count();
  }

  public HexpaySimulator.CoinBalance balance(String currency) {
    synchronized (ctx.lock) {
      return ctx.ledger.snapshot(currency);
    }
  }

  public void setBalance(String currency, BigDecimal available, BigDecimal frozen) {
    synchronized (ctx.lock) {
      ctx.ledger.set(currency, available, frozen);
    }
  }
}
