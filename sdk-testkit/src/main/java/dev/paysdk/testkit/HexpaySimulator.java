package dev.paysdk.testkit;

import dev.paysdk.core.sign.Keys;
import dev.paysdk.testkit.internal.hexpay.HexpayGateway;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An embedded Hexpay gateway: cashier pay-ins (order, query, list, webhook), balance, and batch
 * payouts (upload, query, cancel), strict about signatures and fields, with orders, batches and
 * balances in memory.
 *
 * <pre>{@code
 * try (HexpaySimulator sim = HexpaySimulator.start()) {
 *   // configure the Hexpay client with sim.baseUrl(), sim.mchNo(), sim.appId(), sim.appSecret(),
 *   // sim.merchantPrivateKeyPem() (to sign requests) and sim.platformPublicKeyPem() (to verify webhooks)
 *   sim.defaultNotifyUrl("http://127.0.0.1:8080/hexpay/webhook");
 *   // ... create a cashier order with the client, then, with autoAdvance off:
 *   sim.pay(payOrderId);                                        // state 2, webhook sent
 *   assertThat(sim.balance("USDC").available()).isEqualByComparingTo("10010.89");
 * }
 * }</pre>
 *
 * <h2>Endpoints (operation names for {@link #faults()})</h2>
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>operation</th><th>route</th><th>parameters</th></tr>
 *   <tr><td>{@link #PAYIN_ORDER}</td><td>POST /v1/hexpay/trade/order</td><td>JSON body</td></tr>
 *   <tr><td>{@link #PAYIN_QUERY}</td><td>GET /v1/hexpay/trade/query</td><td>URL query</td></tr>
 *   <tr><td>{@link #PAYIN_LIST}</td><td>GET /v1/hexpay/batch/query</td><td>URL query</td></tr>
 *   <tr><td>{@link #BALANCE_QUERY}</td><td>POST /v1/hexpay/balance/query</td><td>JSON body</td></tr>
 *   <tr><td>{@link #BATCH_UPLOAD}</td><td>POST /v1/hexpay/batchPayment/upload</td><td>JSON body</td></tr>
 *   <tr><td>{@link #BATCH_QUERY}</td><td>POST /v1/hexpay/batchPayment/query</td><td>JSON body</td></tr>
 *   <tr><td>{@link #BATCH_CANCEL}</td><td>POST /v1/hexpay/batchPayment/cancel</td><td>JSON body</td></tr>
 *   <tr><td>{@link #CASHIER}</td><td>GET /pay?payOrderId=...</td><td>the checkout page {@code location} points at</td></tr>
 * </table>
 * The two GETs read the URL query parameters (URL-decoded); a GET without a query string but with a
 * JSON body (the document's literal wording) is read from the body.
 *
 * <h2>Checks, in order</h2>
 * Every request: the body is a JSON object (POST); mchNo (30), appId (64), signType (10), version (10)
 * and sign (512) are present and not too long; mchNo and appId are this simulator's; signType is
 * {@code RSA2}; version is {@code v1.0} or {@code 1.0}; the rule B signature (SHA256withRSA over the
 * sorted {@code key=value&} fragments of every parameter except {@code sign}, null and empty values
 * left out, trailing {@code &} kept; JSON values exactly as written, nested {@code goods} /
 * {@code records} as their JSON text as received) verifies with the merchant's public key. Then the
 * operation's fields: required fields, the documented maximum lengths (where the documents give none:
 * goods 4096 characters as JSON text, recipientAddress 128, remarks 256, addressTag 128), amounts &gt; 0
 * with at most 6 decimals (trailing zeros do not count) and 14 integer digits (decimal(20,6)), the
 * documented currencies (payouts: USDT, USDC), networks Solana,
 * Ethereum, Polygon, Arbitrum, Binance_smart_chain (matched ignoring case; Tron answers "under
 * maintenance"), http(s) URLs, booleans, {@code yyyy-MM-dd HH:mm:ss} times. All field problems of a
 * request are answered together in one message, joined with {@code "; "}.
 *
 * <h2>Answers</h2>
 * Success: {@code {"code":0,"data":...,"msg":"SUCCESS"}}. Errors (HTTP 200):
 * {@code {"code":<code>,"msg":"<reason>"}}, never signed:
 * <table>
 *   <caption>Error codes</caption>
 *   <tr><th>code</th><th>msg</th></tr>
 *   <tr><td>{@value #CODE_SYSTEM_ERROR}</td><td>{@code system error} (only with an injected HTTP error status)</td></tr>
 *   <tr><td>{@value #CODE_PARAMETER_ERROR}</td><td>{@code parameter error: <problems>}, for example
 *       {@code parameter error: mchUserId is required; network Tron is under maintenance}</td></tr>
 *   <tr><td>{@value #CODE_UNKNOWN_MERCHANT}</td><td>{@code merchant or app does not exist}</td></tr>
 *   <tr><td>{@value #CODE_BAD_SIGNATURE}</td><td>{@code signature verification failed}</td></tr>
 *   <tr><td>{@value #CODE_DUPLICATE_ORDER}</td><td>{@code mchOrderNo already exists} (nothing new stored)</td></tr>
 *   <tr><td>{@value #CODE_ORDER_NOT_FOUND}</td><td>{@code order not found} (trade/query for an unknown
 *       payOrderId / mchOrderNo, or both given and not of the same order)</td></tr>
 *   <tr><td>{@value #CODE_BATCH_NOT_FOUND}</td><td>{@code batch not found}</td></tr>
 *   <tr><td>{@value #CODE_BATCH_NOT_CANCELLABLE}</td><td>{@code batch is not pending review and cannot be
 *       cancelled (auditStatus <n>)}</td></tr>
 * </table>
 * Only the trade/query success answer is signed (as in the document's sample): a top-level
 * {@code sign} = rule A with the app secret (MD5, 32 upper-case hex characters) over the fields of
 * the {@code data} object, as the platform signs its answers: each value exactly as it appears in the
 * body, the nested {@code goods} as its compact JSON text; for example
 * {@code "amount=0.001000&createdAt=...&goods={...}&...&wayCode=QrCode&key=" + appSecret}. Every
 * other answer is unsigned.
 *
 * <h2>Pay-ins</h2>
 * State 0 created; with {@link SimulatorOptions#autoAdvance()} 1 paying after the processing delay
 * and 2 paid after the completion delay more; or {@link #pay}, {@link #failPayIn} (3),
 * {@link #cancelPayIn} (4), {@link #closePayIn} (6). Paid: realPayAmount = amount, realPayCurrency =
 * the order currency (USDT for a fiat order: the simulator's rate is 1), realNetwork = the network in
 * lower case (as the samples write it), a txHash, settleState 2, settleCurrency = realPayCurrency,
 * settleAmount = amount, mchFeeAmount = {@link #PAYIN_FEE_RATE} of the amount (rounded half-up to 6
 * decimals), mchSettleIncome = amount - fee, credited to the available balance at once.
 * {@code location} = {@code baseUrl + "/pay?payOrderId=" + payOrderId}; expiredTime = createdAt + 30
 * minutes (orders never expire on their own). Times are {@code yyyy-MM-dd HH:mm:ss} in UTC; the
 * webhook's reqTime and successTime are epoch milliseconds, as in the sample. trade/query writes every
 * documented field it has (absent ones left out, like the sample), with waitNetwork and
 * waitPayCurrency always the order's network and currency. The list (batch/query) is newest first,
 * {@code current} from 1 (default 1), {@code size} 1 to {@value #MAX_PAGE_SIZE} (default 10).
 *
 * <h2>Webhooks</h2>
 * On each change to state 2, 3, 4 or 6, a form post ({@code application/x-www-form-urlencoded}) to the
 * order's notifyUrl, else to {@link #defaultNotifyUrl(String)}, else none, with the fields of the
 * document's sample that the order has (payOrderId, amount, mchOrderNo, mchName, realNetwork,
 * wayCode, payWay, successUrl, failUrl, reqTime, realPayCurrency, createdAt, appId, successTime,
 * mchUserId, currency, realPayAmount, state, mchNo, refundAmount, updatedAt, settleAmount,
 * settleCurrency) and {@code sign}: rule B over every other field, signed with the platform's private
 * key (base64), or, with {@link WebhookSigning#MD5}, rule A with the app secret. The merchant must
 * answer {@code SUCCESS}; otherwise it is retried after {@link #WEBHOOK_RETRY_SCHEDULE} (30 s, 60 s,
 * 90 s, 120 s, 150 s: the document is silent, so six attempts at growing intervals), compressed by
 * {@link SimulatorOptions#webhookTimeCompression()}. Every retry sends the same body.
 * {@link WebhookDelivery#orderNo()} is the mchOrderNo.
 *
 * <h2>Balances and batch payouts</h2>
 * USDT and USDC start with {@link #INITIAL_BALANCE} available each. Each payout record costs a flat
 * fee of {@link #PAYOUT_FEE} in its currency. Upload: every record is checked (recipientAddress,
 * paymentAmount &gt; 0 with at most 6 decimals, paymentCurrency, networkType); invalid ones are listed
 * in {@code checkErrorList} as {@code {"index":<0-based position>,"recipientAddress":...,"reason":...}}
 * and then NO batch is created (no {@code batchNo} in the answer). {@code checkBalanceList} lists only
 * the currencies whose available balance does not cover amount + fee of their valid records
 * ({@code isSatisfy} 0). A batch without invalid records is always created at auditStatus 0 (pending
 * review), as the document's sample answers a batchNo beside an insufficient balance: when every
 * currency is covered, amount + fee is frozen at once; otherwise nothing is frozen and the review
 * (scheduled, or {@link #approveBatch}) freezes it if the balance covers it by then, else rejects the
 * batch (auditStatus 2, rejectReason {@code insufficient balance}). The review happens after the
 * processing delay (auditStatus 1 executing, records 1, auditOpinion {@code Approved}); the records
 * are paid after the completion delay more: status 2 with a txHash (frozen debited), or 3 with
 * failReason for an address given to {@link #failPayoutsTo} (amount + fee back to available); the
 * batch ends 3 completed, or 4 failed when no record succeeded. Cancel works only at auditStatus 0:
 * status 5, records 4, frozen funds back to available. No webhook is sent for batches (none is
 * documented).
 *
 * <h2>Faults</h2>
 * The base faults apply to every operation. {@link Fault.Kind#WRONG_SIGNATURE} corrupts the sign of a
 * trade/query answer; on the other operations, whose answers the platform leaves unsigned, it adds a
 * {@code sign} that does not match (the operation itself still takes effect: an upload stores its
 * batch); queued under {@link Faults#WEBHOOK} it corrupts the sign of the next webhook; {@link Fault.Kind#DUPLICATE_WEBHOOK} under {@link Faults#WEBHOOK} delivers the next webhook
 * twice.
 *
 * <p>Thread-safe.
 */
public final class HexpaySimulator extends GatewaySimulator {
  /** Operation: cashier order. */
  public static final String PAYIN_ORDER = "hexpay.payin-order";
  /** Operation: order query. */
  public static final String PAYIN_QUERY = "hexpay.payin-query";
  /** Operation: order list (paged). */
  public static final String PAYIN_LIST = "hexpay.payin-list";
  /** Operation: balance query. */
  public static final String BALANCE_QUERY = "hexpay.balance-query";
  /** Operation: batch payout upload. */
  public static final String BATCH_UPLOAD = "hexpay.batch-upload";
  /** Operation: batch payout query. */
  public static final String BATCH_QUERY = "hexpay.batch-query";
  /** Operation: batch payout cancel. */
  public static final String BATCH_CANCEL = "hexpay.batch-cancel";
  /** Operation: the simulated checkout page. */
  public static final String CASHIER = "hexpay.cashier";

  /** Answer code of success. */
  public static final int CODE_SUCCESS = 0;
  /** Answer code of the body sent with an injected HTTP error status. */
  public static final int CODE_SYSTEM_ERROR = 10;
  /** Answer code of a missing, too long or invalid parameter. */
  public static final int CODE_PARAMETER_ERROR = 11;
  /** Answer code of an mchNo or appId that is not the simulator's. */
  public static final int CODE_UNKNOWN_MERCHANT = 1001;
  /** Answer code of a request whose signature does not verify. */
  public static final int CODE_BAD_SIGNATURE = 1002;
  /** Answer code of a pay-in whose mchOrderNo exists already. */
  public static final int CODE_DUPLICATE_ORDER = 2001;
  /** Answer code of trade/query for an order that does not exist. */
  public static final int CODE_ORDER_NOT_FOUND = 2002;
  /** Answer code of a batch query or cancel for a batchNo that does not exist. */
  public static final int CODE_BATCH_NOT_FOUND = 3001;
  /** Answer code of a cancel of a batch that is no longer pending review. */
  public static final int CODE_BATCH_NOT_CANCELLABLE = 3002;

  /** Delays before each webhook retry, as documented for this simulator (compressed at run time). */
  public static final List<Duration> WEBHOOK_RETRY_SCHEDULE = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60),
      Duration.ofSeconds(90), Duration.ofSeconds(120), Duration.ofSeconds(150));
  /** The pay-in fee, a fraction of the amount: 0.01 (1 %). */
  public static final BigDecimal PAYIN_FEE_RATE = new BigDecimal("0.01");
  /** The flat fee of one payout record, in the record's currency: 1.00. */
  public static final BigDecimal PAYOUT_FEE = new BigDecimal("1.00");
  /** Available balance of USDT and of USDC when the simulator starts: 10000. */
  public static final BigDecimal INITIAL_BALANCE = new BigDecimal("10000");
  /** Largest {@code size} of the order list. */
  public static final int MAX_PAGE_SIZE = 100;
  /** Most records one batch upload may hold. */
  public static final int MAX_BATCH_RECORDS = 1000;

  /** How webhooks are signed. */
  public enum WebhookSigning {
    /** Rule B with the platform's private key, base64 (the default). */
    RSA2,
    /** Rule A with the app secret, 32 upper-case hex characters. */
    MD5
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String MCH_NAME = "Test Merchant";

  private final String mchNo;
  private final String appId;
  private final String appSecret;
  private final String merchantPrivateKeyPem;
  private final String merchantPublicKeyPem;
  private final String platformPublicKeyPem;
  private final HexpayGateway gateway;

  private HexpaySimulator(Builder b) {
    super("hexpay-sim", b.options, "{\"code\":" + CODE_SYSTEM_ERROR + ",\"msg\":\"system error\"}");
    KeyPair merchant = rsaKeyPair();
    KeyPair platform = rsaKeyPair();
    this.mchNo = b.mchNo != null ? b.mchNo : "M" + (1_700_000_000L + RANDOM.nextInt(99_999_999));
    this.appId = b.appId != null ? b.appId : HexFormat.of().formatHex(randomBytes(12));
    this.appSecret = b.appSecret != null ? b.appSecret : HexFormat.of().formatHex(randomBytes(16));
    this.merchantPrivateKeyPem = Keys.toPem(merchant.getPrivate());
    this.merchantPublicKeyPem = Keys.toPem(merchant.getPublic());
    this.platformPublicKeyPem = Keys.toPem(platform.getPublic());
    this.gateway = new HexpayGateway(new HexpayGateway.Setup(mchNo, appId, appSecret, MCH_NAME, b.options,
        faults(), this::later, this::deliver, this::baseUrl, b.webhookSigning), merchant.getPublic(),
        platform.getPrivate());
    gateway.register(server());
    startServer();
  }

  /** Starts a simulator with {@link SimulatorOptions#defaults()}, RSA2-signed webhooks and fresh credentials. */
  public static HexpaySimulator start() {
    return builder().start();
  }

  /** Starts a simulator with {@code options}, RSA2-signed webhooks and fresh credentials. */
  public static HexpaySimulator start(SimulatorOptions options) {
    return builder().options(options).start();
  }

  /** Starts a simulator with {@code options}, signing webhooks as {@code signing} says, with fresh credentials. */
  public static HexpaySimulator start(SimulatorOptions options, WebhookSigning signing) {
    return builder().options(options).webhookSigning(signing).start();
  }

  /** A builder, for fixed credentials (for example the document's sample mchNo and appId). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Waits until the pay-in with this merchant order number satisfies {@code condition}.
   *
   * @throws AssertionError when it does not within {@code timeout}
   */
  public PayInOrder awaitPayIn(String merchantOrderNo, Predicate<PayInOrder> condition, Duration timeout) {
    return await(() -> payIn(merchantOrderNo), condition, timeout, "pay-in " + merchantOrderNo);
  }

  /**
   * Waits until the batch satisfies {@code condition}.
   *
   * @throws AssertionError when it does not within {@code timeout}
   */
  public Batch awaitBatch(String batchNo, Predicate<Batch> condition, Duration timeout) {
    return await(() -> batch(batchNo), condition, timeout, "batch " + batchNo);
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, RANDOM);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is not available in this JVM", e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /** The merchant number ({@code M} and 10 digits), generated per instance. */
  public String mchNo() {
    return mchNo;
  }

  /** The application id (24 hex characters), generated per instance. */
  public String appId() {
    return appId;
  }

  /** The application secret of rule A (MD5-signed answers and MD5 webhooks), generated per instance. */
  public String appSecret() {
    return appSecret;
  }

  /** The merchant name written in answers and webhooks: {@code Test Merchant}. */
  public String mchName() {
    return MCH_NAME;
  }

  /** The merchant's RSA 2048 private key (PKCS#8 PEM): the client signs its requests with it. */
  public String merchantPrivateKeyPem() {
    return merchantPrivateKeyPem;
  }

  /** The merchant's public key (X.509 PEM), with which the simulator verifies requests. */
  public String merchantPublicKeyPem() {
    return merchantPublicKeyPem;
  }

  /** The platform's RSA 2048 public key (X.509 PEM): the client verifies webhooks with it. */
  public String platformPublicKeyPem() {
    return platformPublicKeyPem;
  }

  /** How webhooks are signed from now on. */
  public HexpaySimulator webhookSigning(WebhookSigning signing) {
    gateway.webhookSigning(signing);
    return this;
  }

  /** How webhooks are signed now. */
  public WebhookSigning webhookSigning() {
    return gateway.webhookSigning();
  }

  /**
   * Where webhooks of orders without a notifyUrl go (the merchant back office setting), or null for
   * none. Default none.
   */
  public HexpaySimulator defaultNotifyUrl(String url) {
    gateway.defaultNotifyUrl(url);
    return this;
  }

  /**
   * The customer pays the order now: state 2, balance credited, webhook sent.
   *
   * @throws IllegalArgumentException when no order has this payOrderId
   * @throws IllegalStateException when the order is already in a final state
   */
  public void pay(String payOrderId) {
    gateway.settlePayIn(payOrderId, 2);
  }

  /**
   * The payment fails now: state 3, webhook sent.
   *
   * @throws IllegalArgumentException when no order has this payOrderId
   * @throws IllegalStateException when the order is already in a final state
   */
  public void failPayIn(String payOrderId) {
    gateway.settlePayIn(payOrderId, 3);
  }

  /**
   * The order is cancelled now: state 4 with cancelTime, webhook sent.
   *
   * @throws IllegalArgumentException when no order has this payOrderId
   * @throws IllegalStateException when the order is already in a final state
   */
  public void cancelPayIn(String payOrderId) {
    gateway.settlePayIn(payOrderId, 4);
  }

  /**
   * The order is closed (timed out) now: state 6, webhook sent.
   *
   * @throws IllegalArgumentException when no order has this payOrderId
   * @throws IllegalStateException when the order is already in a final state
   */
  public void closePayIn(String payOrderId) {
    gateway.settlePayIn(payOrderId, 6);
  }

  /** A snapshot of the pay-in with this merchant order number, or empty. */
  public Optional<PayInOrder> payIn(String merchantOrderNo) {
    return gateway.payIn(merchantOrderNo);
  }

  /** Snapshots of every pay-in created, in creation order. */
  public List<PayInOrder> payIns() {
    return gateway.payIns();
  }

  /**
   * The webhook of the pay-in with this {@code mchOrderNo} or {@code payOrderId} in its current state,
   * to {@code url}, signed as {@link #webhookSigning()} says; for {@link #sendWebhook}.
   */
  @Override
  protected Optional<dev.paysdk.testkit.internal.WebhookDispatcher.Webhook> webhookOf(String orderNo, String url,
      boolean wrongSignature) {
    return gateway.webhookOf(orderNo, url, wrongSignature);
  }

  /** How many pay-ins were created. */
  public int payInCount() {
    return gateway.payInCount();
  }

  /**
   * Reviews a pending batch now: executing (auditStatus 1) when its funds are or can be frozen, else
   * rejected for insufficient balance. With autoAdvance, the records are then paid after the
   * completion delay.
   *
   * @throws IllegalArgumentException when no batch has this number
   * @throws IllegalStateException when the batch is not pending review
   */
  public void approveBatch(String batchNo) {
    gateway.approveBatch(batchNo);
  }

  /**
   * Rejects a pending batch now: auditStatus 2 with {@code reason}, frozen funds released.
   *
   * @throws IllegalArgumentException when no batch has this number
   * @throws IllegalStateException when the batch is not pending review
   */
  public void rejectBatch(String batchNo, String reason) {
    gateway.rejectBatch(batchNo, Objects.requireNonNull(reason, "reason == null"));
  }

  /**
   * Pays the records of a batch now (reviewing it first when it is still pending): auditStatus 3,
   * or 4 when every record failed.
   *
   * @throws IllegalArgumentException when no batch has this number
   * @throws IllegalStateException when the batch is neither pending nor executing
   */
  public void completeBatch(String batchNo) {
    gateway.completeBatch(batchNo);
  }

  /** From now on, every payout record to {@code recipientAddress} fails with {@code failReason}. */
  public void failPayoutsTo(String recipientAddress, String failReason) {
    gateway.failPayoutsTo(Objects.requireNonNull(recipientAddress, "recipientAddress == null"),
        Objects.requireNonNull(failReason, "failReason == null"));
  }

  /** A snapshot of the batch, or empty. */
  public Optional<Batch> batch(String batchNo) {
    return gateway.batch(batchNo);
  }

  /** Snapshots of every batch, in upload order. */
  public List<Batch> batches() {
    return gateway.batches();
  }

  /** How many batches were created. */
  public int batchCount() {
    return gateway.batchCount();
  }

  /**
   * The balance of one coin.
   *
   * @throws IllegalArgumentException when {@code currency} is not USDT or USDC
   */
  public CoinBalance balance(String currency) {
    return gateway.balance(currency);
  }

  /**
   * Sets the available balance of one coin (the frozen balance becomes zero).
   *
   * @throws IllegalArgumentException when {@code currency} is not USDT or USDC
   */
  public HexpaySimulator setBalance(String currency, BigDecimal available) {
    return setBalance(currency, available, BigDecimal.ZERO);
  }

  /**
   * Sets the available and frozen balance of one coin.
   *
   * @throws IllegalArgumentException when {@code currency} is not USDT or USDC
   */
  public HexpaySimulator setBalance(String currency, BigDecimal available, BigDecimal frozen) {
    gateway.setBalance(currency, Objects.requireNonNull(available, "available == null"),
        Objects.requireNonNull(frozen, "frozen == null"));
    return this;
  }

  /** Builder of a {@link HexpaySimulator}; unset credentials are generated. */
  public static final class Builder {
    private SimulatorOptions options = SimulatorOptions.defaults();
    private WebhookSigning webhookSigning = WebhookSigning.RSA2;
    private String mchNo;
    private String appId;
    private String appSecret;

    private Builder() {}

    /** Timing. Default {@link SimulatorOptions#defaults()}. */
    public Builder options(SimulatorOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /** How webhooks are signed. Default {@link WebhookSigning#RSA2}. */
    public Builder webhookSigning(WebhookSigning signing) {
      this.webhookSigning = Objects.requireNonNull(signing, "signing == null");
      return this;
    }

    /** The merchant number. Default: {@code M} and 10 random digits. */
    public Builder mchNo(String mchNo) {
      this.mchNo = requireText(mchNo, "mchNo");
      return this;
    }

    /** The application id. Default: 24 random hex characters. */
    public Builder appId(String appId) {
      this.appId = requireText(appId, "appId");
      return this;
    }

    /** The application secret (rule A). Default: 32 random hex characters. */
    public Builder appSecret(String appSecret) {
      this.appSecret = requireText(appSecret, "appSecret");
      return this;
    }

    private static String requireText(String v, String name) {
      Objects.requireNonNull(v, name + " == null");
      if (v.isEmpty()) {
        throw new IllegalArgumentException(name + " is empty");
      }
      return v;
    }

    /** Generates the RSA key pairs and starts the simulator. */
    public HexpaySimulator start() {
      return new HexpaySimulator(this);
    }
  }

  /**
   * A cashier order as the simulator holds it.
   *
   * @param payOrderId the gateway's order id
   * @param merchantOrderNo mchOrderNo
   * @param amount ordered amount
   * @param currency ordered currency
   * @param network requested network, in its documented spelling
   * @param state 0 created, 1 paying, 2 paid, 3 failed, 4 cancelled, 6 closed
   * @param realPayAmount paid amount, or null before payment
   * @param realPayCurrency paid currency, or null
   * @param realNetwork paid network (lower case), or null
   * @param mchFeeAmount fee, or null before payment
   * @param mchSettleIncome amount credited to the balance, or null before payment
   * @param notifyUrl the order's notify URL, or null
   * @param createdAt creation time
   * @param paySuccessTime payment time, or null
   */
  public record PayInOrder(String payOrderId, String merchantOrderNo, BigDecimal amount, String currency,
      String network, int state, BigDecimal realPayAmount, String realPayCurrency, String realNetwork,
      BigDecimal mchFeeAmount, BigDecimal mchSettleIncome, String notifyUrl, Instant createdAt,
      Instant paySuccessTime) {}

  /**
   * A batch payout application as the simulator holds it.
   *
   * @param batchNo batch number
   * @param auditStatus 0 pending, 1 executing, 2 rejected, 3 completed, 4 failed, 5 cancelled
   * @param purpose purpose, or null
   * @param rejectReason reason of a rejection, or null
   * @param fundsFrozen whether amount + fee of its records is frozen now
   * @param records its records, in upload order
   * @param applyTime upload time
   */
  public record Batch(String batchNo, int auditStatus, String purpose, String rejectReason, boolean fundsFrozen,
      List<BatchRecord> records, Instant applyTime) {}

  /**
   * One payout record of a batch.
   *
   * @param id record id
   * @param recipientAddress recipient address
   * @param paymentAmount amount
   * @param paymentCurrency USDT or USDC
   * @param networkType network, in its documented spelling
   * @param feeAmount fee
   * @param status 0 pending, 1 processing, 2 success, 3 failed, 4 cancelled
   * @param failReason failure reason, or null
   * @param txHash transaction hash of a paid record, or null
   */
  public record BatchRecord(long id, String recipientAddress, BigDecimal paymentAmount, String paymentCurrency,
      String networkType, BigDecimal feeAmount, int status, String failReason, String txHash) {}

  /**
   * The balance of one coin.
   *
   * @param currency USDT or USDC
   * @param available available balance
   * @param frozen frozen balance (pending batch payouts)
   */
  public record CoinBalance(String currency, BigDecimal available, BigDecimal frozen) {}
}
