package dev.paysdk.testkit;

import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.sign.Canonicalizer;
import dev.paysdk.core.sign.Canonicalizers;
import dev.paysdk.core.sign.Signer;
import dev.paysdk.core.sign.Signers;
import dev.paysdk.testkit.internal.pen.PenApi;
import dev.paysdk.testkit.internal.pen.PenLedger;
import dev.paysdk.testkit.internal.pen.PenWebhooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Simulator of the PEN (Peru) bank payout gateway: strict, stateful, on an ephemeral loopback port.
 *
 * <pre>{@code
 * try (PenPayoutSimulator sim = PenPayoutSimulator.start()) {
 *   PenPayoutClient client = PenPayoutClient.builder()
 *       .baseUrl(sim.baseUrl())
 *       .merchantId(sim.merchantId())
 *       .secretKey(sim.secretKey())
 *       .build();
 *   client.payouts().create(request);                         // POST /api/payOut
 *   sim.awaitStatus("P123456", PenPayoutSimulator.Status.SUCCESS, Duration.ofSeconds(2));
 * }
 * // another signature scheme, as a merchant would configure it on the client:
 * PenPayoutSimulator hmac = PenPayoutSimulator.builder()
 *     .signatureScheme(PenPayoutSimulator.SignatureScheme.rawBodyHmacSha256())
 *     .start();
 * }</pre>
 *
 * <h2>Endpoints</h2>
 * JSON posts ({@code Content-Type: application/json}) with headers {@code MerchantId} ({@link #merchantId()})
 * and {@code Sign} (the {@link SignatureScheme}, by default rule A: sorted {@code key=value&} fragments of the
 * top-level body fields exactly as written, then {@code key=} + secret, MD5 upper-case):
 * <ul>
 *   <li>{@code POST /api/payOut} ({@link #PAYOUT_CREATE}): requires {@code accountName, accountNo, accountType,
 *       currency, amount, bankId, mchOrderNo, notifyUrl, nonceStr, idType, idCard, remark}; {@code currency} is
 *       {@code PEN}; {@code amount} (JSON number or numeric string) from 10.00 to 2000.00 with at most 2 decimals;
 *       {@code accountType} and {@code bankId} whole numbers (any value: the document's tables of them are not
 *       part of it); {@code cciAccountNo}, when present, 20 digits; {@code notifyUrl} http(s) and at most 250
 *       characters (literal IP hosts are accepted, since tests run on loopback); every other string at most 32
 *       characters; {@code email} a valid address when present. Answer {@code {"msg":"SUCCESS","code":200,
 *       "data":{"merchantId":"..","mchOrderNo":"..","orderNo":"PAYOUT<19 digits>","amount":100.00,"fee":1.00,
 *       "orderStatus":"PROCESSING"}}}.</li>
 *   <li>{@code POST /api/payOutQuery} ({@link #PAYOUT_QUERY}): {@code nonceStr} and {@code orderNo} or
 *       {@code mchOrderNo} ({@code orderNo} wins; when both are given they must name the same order). Answer
 *       {@code data}: {@code merchantId, mchOrderNo, orderNo, channelOrderNo, amount, fee, orderStatus,
 *       completionTime, resultDesc}; {@code fee} and {@code completionTime} are {@code null} until
 *       {@code SUCCESS} (as in the document's sample), {@code channelOrderNo} until {@code PAYING}.</li>
 * </ul>
 * Every {@code nonceStr} is accepted once per simulator, on both endpoints: it is recorded as soon as the
 * signature checks out, and a second signed request with it is refused (replay protection). Answers are
 * not signed (the document shows no signature on them) and are HTTP 200, errors included.
 *
 * <h2>Errors</h2>
 * {@code {"msg":"<reason>","code":<code>,"data":null}}; nothing stored. Checked in this order:
 * <ul>
 *   <li>400 {@code Content-Type must be application/json}; 400 {@code body is not a JSON object}</li>
 *   <li>401 {@code invalid MerchantId}: header missing or not this merchant</li>
 *   <li>403 {@code sign error}: {@code Sign} header missing or wrong (bad signature)</li>
 *   <li>400 {@code nonceStr already used}: replay</li>
 *   <li>400 field problems, joined with {@code "; "}: {@code <field> is required}, {@code <field> longer than
 *       <n> characters}, {@code currency must be PEN}, {@code amount must be a decimal number},
 *       {@code amount has more than 2 decimals}, {@code amount must be between 10.00 and 2000.00},
 *       {@code <field> must be an integer}, {@code cciAccountNo must be 20 digits},
 *       {@code notifyUrl must be an http or https URL}, {@code email is not a valid email address};
 *       on query {@code orderNo or mchOrderNo is required}</li>
 *   <li>409 {@code mchOrderNo already exists}: duplicate merchant order number</li>
 *   <li>402 {@code insufficient balance}: available balance below amount + fee</li>
 *   <li>404 {@code order not found}: query for an order the simulator does not know</li>
 *   <li>500 {@code system error}: the body of an injected {@link Fault#httpStatus HTTP error status}</li>
 * </ul>
 *
 * <h2>States, fee and balance</h2>
 * {@link Status#PROCESSING} at once, {@link Status#PAYING} after {@link SimulatorOptions#processingDelay()},
 * then {@link Status#SUCCESS} or {@link Status#FAIL} (the failure value; {@code resultDesc} carries the reason)
 * after {@link SimulatorOptions#completionDelay()} more, as planned by {@link #nextPayoutOutcome} (success by
 * default). {@code resultDesc} is {@code SUCCESS} in every other state, as in the document's sample. With
 * {@link SimulatorOptions#autoAdvance()} off, orders wait for {@link #markPaying} / {@link #completeOrder}. The
 * fee is a fixed {@link #DEFAULT_FEE} PEN per payout, changeable with {@link #setFee}. The document has no
 * balance endpoint; the simulator keeps one for tests ({@link #balance()}): acceptance moves amount + fee from
 * available to frozen, success releases it, failure returns it to available.
 *
 * <h2>Webhook</h2>
 * On the final state: JSON {@code POST notifyUrl} with headers {@code MerchantId} and {@code Sign} (the same
 * scheme over the exact body bytes sent), body {@code {"orderStatus","amount","fee","mchOrderNo","merchantId",
 * "orderNo","completionTime","resultDesc","channelOrderNo"}} ({@code fee} and {@code completionTime} null on
 * {@code FAIL}). The merchant answers {@value #WEBHOOK_ACK}; otherwise it is retried after 1, 2, 4, 8, 16, 32,
 * 64, 128, 256 and 512 minutes ({@link #WEBHOOK_RETRY_SCHEDULE}), compressed by
 * {@link SimulatorOptions#webhookTimeCompression()}.
 *
 * <h2>Faults</h2>
 * {@link Fault#wrongSignature()} and {@link Fault#duplicateWebhook()} on {@link Faults#WEBHOOK} corrupt the
 * next webhook's {@code Sign} (every attempt) or deliver it once more after the acknowledgement;
 * {@link Fault#duplicateWebhook()} on {@link #PAYOUT_CREATE} does the latter for that order. Since answers
 * carry no signature, {@link Fault#wrongSignature()} on an endpoint has no effect. Other fault kinds queued on
 * {@link Faults#WEBHOOK} are ignored. Thread-safe.
 */
public final class PenPayoutSimulator extends GatewaySimulator {
  /** Fault operation name of {@code POST /api/payOut}. */
  public static final String PAYOUT_CREATE = "pen.payout-create";
  /** Fault operation name of {@code POST /api/payOutQuery}. */
  public static final String PAYOUT_QUERY = "pen.payout-query";
  /** The answer a merchant gives to acknowledge a webhook. */
  public static final String WEBHOOK_ACK = "SUCCESS";
  /** The document's delays before each webhook retry, uncompressed. */
  public static final List<Duration> WEBHOOK_RETRY_SCHEDULE = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512).stream()
      .map(Duration::ofMinutes).toList();
  /** Fee of one payout in PEN, unless changed with {@link #setFee}. */
  public static final BigDecimal DEFAULT_FEE = new BigDecimal("1.00");
  /** Available balance of a new simulator in PEN. */
  public static final BigDecimal DEFAULT_AVAILABLE = new BigDecimal("100000.00");

  private static final String ERROR_BODY = "{\"msg\":\"system error\",\"code\":500,\"data\":null}";

  private final String merchantId;
  private final String secretKey;
  private final SignatureScheme scheme;
  private final PenLedger ledger;

  /** How a payout ends. */
  public enum Outcome {
    /** Paid: {@code SUCCESS}. */
    SUCCEEDED,
    /** Not paid: {@code FAIL} with a reason; amount and fee go back to the available balance. */
    FAILED
  }

  /** A payout's {@code orderStatus}; the wire value is the constant's name. */
  public enum Status {
    /** Accepted. */
    PROCESSING,
    /** Sent to the bank. */
    PAYING,
    /** Paid. */
    SUCCESS,
    /** Failed (the simulator's failure value; the document's status table is not part of it). */
    FAIL;

    /** True for {@link #SUCCESS} and {@link #FAIL}. */
    public boolean isFinal() {
      return this == SUCCESS || this == FAIL;
    }
  }

  /**
   * An immutable snapshot of one payout.
   *
   * @param merchantOrderNo the merchant's {@code mchOrderNo}
   * @param orderNo the gateway's {@code orderNo}
   * @param channelOrderNo the channel's number, or null before {@code PAYING}
   * @param amount amount in PEN, scale 2
   * @param fee the fee charged, in PEN (the wire shows it only where the Javadoc of the class says)
   * @param status current status
   * @param resultDesc {@code SUCCESS}, or the failure reason
   * @param completionTime {@code yyyy-MM-dd HH:mm:ss} in America/Lima on success, otherwise null
   * @param notifyUrl the webhook URL
   * @param fields every top-level field of the create request as written (the signing view)
   * @param createdAt when it was accepted
   */
  public record Order(String merchantOrderNo, String orderNo, String channelOrderNo, BigDecimal amount, BigDecimal fee,
      Status status, String resultDesc, String completionTime, String notifyUrl, Map<String, String> fields,
      Instant createdAt) {
    /** Copies {@code fields} (null values, written as JSON null, are left out). */
    public Order {
      fields = fields.entrySet().stream().filter(e -> e.getValue() != null)
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }

  /**
   * The merchant's balance in PEN (scale 2).
   *
   * @param available what new payouts can use
   * @param frozen held for payouts in progress (amount + fee each)
   */
  public record Balance(BigDecimal available, BigDecimal frozen) {
    /** available + frozen. */
    public BigDecimal total() {
      return available.add(frozen);
    }
  }

  private PenPayoutSimulator(Builder b) {
    super("pen-sim", b.options, ERROR_BODY);
    this.merchantId = b.merchantId != null ? b.merchantId : Integer.toString(ThreadLocalRandom.current()
        .nextInt(100_000, 1_000_000));
    this.secretKey = b.secretKey != null ? b.secretKey : randomSecret();
    this.scheme = b.scheme;
    this.ledger = new PenLedger(b.available, b.fee);
    PenApi api = new PenApi(merchantId, (body, sign) -> scheme.matches(body, sign, secretKey), ledger,
        this::accepted);
    server().route("POST", "/api/payOut", PAYOUT_CREATE, api::create)
        .route("POST", "/api/payOutQuery", PAYOUT_QUERY, api::query);
    startServer();
  }

  /** Starts a simulator with {@link SimulatorOptions#defaults()}, fresh credentials and rule A. */
  public static PenPayoutSimulator start() {
    return builder().start();
  }

  /** Starts a simulator with {@code options}, fresh credentials and rule A. */
  public static PenPayoutSimulator start(SimulatorOptions options) {
    return builder().options(options).start();
  }

  /** A builder for fixed credentials, another signature scheme, balance or fee. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code MerchantId} header value the simulator accepts (six digits unless chosen). */
  public String merchantId() {
    return merchantId;
  }

  /** The merchant secret of the signature scheme. */
  public String secretKey() {
    return secretKey;
  }

  /** The signature scheme of requests and webhooks. */
  public SignatureScheme signatureScheme() {
    return scheme;
  }

  /**
   * The {@code Sign} header this simulator expects for {@code body} (and puts on a webhook with that body).
   *
   * @throws IllegalArgumentException when a field-based scheme gets a body that is not a JSON object
   */
  public String sign(byte[] body) {
    return scheme.sign(body, secretKey);
  }

  /** Number of payouts accepted so far. */
  public int payoutCount() {
    return ledger.count();
  }

  /** Snapshots of every accepted payout, in acceptance order. */
  public List<Order> orders() {
    return ledger.orders();
  }

  /** A snapshot of the payout with this merchant order number, or empty when none was accepted. */
  public Optional<Order> order(String merchantOrderNo) {
    return ledger.find(merchantOrderNo, null);
  }

  /**
   * Waits until the payout exists and has {@code status}.
   *
   * @return its snapshot
   * @throws AssertionError when that did not happen within {@code timeout}
   */
  public Order awaitStatus(String merchantOrderNo, Status status, Duration timeout) {
    return awaitOrder(merchantOrderNo, o -> o.status() == status, timeout);
  }

  /**
   * Waits until the payout exists and matches {@code condition}.
   *
   * @return its snapshot
   * @throws AssertionError when that did not happen within {@code timeout}
   */
  public Order awaitOrder(String merchantOrderNo, Predicate<Order> condition, Duration timeout) {
    return await(() -> order(merchantOrderNo), condition, timeout, "payout " + merchantOrderNo);
  }

  /** The current balance. */
  public Balance balance() {
    return ledger.balance();
  }

  /**
   * Sets the available balance; payouts in progress stay frozen.
   *
   * @throws IllegalArgumentException when negative or with more than 2 decimals
   */
  public void setAvailableBalance(BigDecimal available) {
    ledger.setAvailable(checkedAmount(available, "available balance"));
  }

  /** The fee charged to the next payouts, in PEN. */
  public BigDecimal fee() {
    return ledger.fee();
  }

  /**
   * Sets the fee of the next payouts.
   *
   * @throws IllegalArgumentException when negative or with more than 2 decimals
   */
  public void setFee(BigDecimal fee) {
    ledger.setFee(checkedAmount(fee, "fee"));
  }

  /**
   * Plans how the next accepted payout ends (each call plans one more payout, in order; unplanned payouts
   * succeed).
   *
   * @param reason the {@code resultDesc} of a failure; null gives {@code "Payout failed"}; ignored on success
   */
  public void nextPayoutOutcome(Outcome outcome, String reason) {
    ledger.plan(Objects.requireNonNull(outcome, "outcome == null"), reason);
  }

  /**
   * Moves a {@code PROCESSING} payout to {@code PAYING} now (gives it a {@code channelOrderNo}); for tests
   * that run with {@link SimulatorOptions#autoAdvance()} off.
   *
   * @return the new snapshot
   * @throws IllegalArgumentException when no payout has this merchant order number
   * @throws IllegalStateException when it is not {@code PROCESSING}
   */
  public Order markPaying(String merchantOrderNo) {
    Order o = ledger.markPaying(merchantOrderNo);
    if (o == null) {
      throw new IllegalStateException("payout " + merchantOrderNo + " is not PROCESSING");
    }
    return o;
  }

  /**
   * Finishes a payout that is not final yet and sends its webhook.
   *
   * @param reason the {@code resultDesc} of a failure; null gives {@code "Payout failed"}
   * @return the final snapshot
   * @throws IllegalArgumentException when no payout has this merchant order number
   * @throws IllegalStateException when it is already final
   */
  public Order completeOrder(String merchantOrderNo, Outcome outcome, String reason) {
    Objects.requireNonNull(outcome, "outcome == null");
    Order done = ledger.complete(merchantOrderNo, outcome, reason);
    if (done == null) {
      throw new IllegalStateException("payout " + merchantOrderNo + " is already final");
    }
    sendWebhook(done);
    return done;
  }

  /**
   * The webhook of the payout with this {@code mchOrderNo} or {@code orderNo} in its current state, to
   * {@code url}; for {@link #sendWebhook}.
   */
  @Override
  protected Optional<dev.paysdk.testkit.internal.WebhookDispatcher.Webhook> webhookOf(String orderNo, String url,
      boolean wrongSignature) {
    return ledger.find(orderNo, null).or(() -> ledger.find(null, orderNo)).map(o -> {
      byte[] body = PenWebhooks.body(o, merchantId);
      String sign = scheme.sign(body, wrongSignature ? "wrong-" + secretKey : secretKey);
      return PenWebhooks.webhook(o, merchantId, body, sign, false).withUrl(url);
    });
  }

  private void accepted(Order order) {
    if (!options().autoAdvance()) {
      return;
    }
    String no = order.merchantOrderNo();
    later(options().processingDelay(), () -> ledger.markPaying(no));
    later(options().processingDelay().plus(options().completionDelay()), () -> {
      Order done = ledger.completeAsPlanned(no);
      if (done != null) {
        sendWebhook(done);
      }
    });
  }

  private void sendWebhook(Order order) {
    Fault f = faults().take(Faults.WEBHOOK);
    boolean wrong = f != null && f.kind() == Fault.Kind.WRONG_SIGNATURE;
    boolean duplicate = (f != null && f.kind() == Fault.Kind.DUPLICATE_WEBHOOK)
        || ledger.duplicateWebhookRequested(order.merchantOrderNo());
    byte[] body = PenWebhooks.body(order, merchantId);
    String sign = scheme.sign(body, wrong ? "wrong-" + secretKey : secretKey);
    deliver(PenWebhooks.webhook(order, merchantId, body, sign, duplicate));
  }

  private static BigDecimal checkedAmount(BigDecimal value, String what) {
    Objects.requireNonNull(value, what + " == null");
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(what + " must be >= 0 with at most 2 decimals: " + value);
    }
    return value.setScale(2);
  }

  private static String randomSecret() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * How the {@code Sign} header is computed from a JSON body and the merchant secret: over the sorted
   * top-level fields (exactly as written), or over the raw body bytes. Immutable and thread-safe.
   */
  public static final class SignatureScheme {
    private final String description;
    private final Canonicalizer fields;
    private final Function<String, Signer> signerOfSecret;

    private SignatureScheme(String description, Canonicalizer fields, Function<String, Signer> signerOfSecret) {
      this.description = description;
      this.fields = fields;
      this.signerOfSecret = signerOfSecret;
    }

    /**
     * The default, rule A: sorted {@code key=value&} fragments of the top-level fields, {@code key=} + secret,
     * MD5, upper-case hex.
     */
    public static SignatureScheme sortedFieldsMd5() {
      return new SignatureScheme("sorted fields + key=secret, MD5 upper-case", Canonicalizers.sortedFragments(),
          Signers::md5WithKeySuffix);
    }

    /** HMAC-SHA256 of the raw body keyed with the secret, lower-case hex. */
    public static SignatureScheme rawBodyHmacSha256() {
      return new SignatureScheme("raw body, HMAC-SHA256 lower-case", null, Signers::hmacSha256);
    }

    /** MD5 of the raw body followed by the secret, upper-case hex. */
    public static SignatureScheme rawBodyMd5() {
      return new SignatureScheme("raw body + secret, MD5 upper-case", null, Signers::md5WithSaltUpperCase);
    }

    /** Any canonical form of the top-level fields with any signer made from the secret. */
    public static SignatureScheme sortedFields(Canonicalizer canonicalizer, Function<String, Signer> signerOfSecret) {
      return new SignatureScheme("custom fields scheme", Objects.requireNonNull(canonicalizer, "canonicalizer == null"),
          Objects.requireNonNull(signerOfSecret, "signerOfSecret == null"));
    }

    /** The raw body (UTF-8 text) as the canonical string, with any signer made from the secret. */
    public static SignatureScheme rawBody(Function<String, Signer> signerOfSecret) {
      return new SignatureScheme("custom raw-body scheme", null,
          Objects.requireNonNull(signerOfSecret, "signerOfSecret == null"));
    }

    /**
     * The signature of {@code body} with {@code secret}.
     *
     * @throws IllegalArgumentException when a fields scheme gets a body that is not a JSON object
     */
    public String sign(byte[] body, String secret) {
      return signerOfSecret.apply(secret).sign(canonical(body));
    }

    /** True when {@code signature} is the signature of {@code body} (compared in constant time). */
    public boolean matches(byte[] body, String signature, String secret) {
      if (signature == null || signature.isEmpty()) {
        return false;
      }
      try {
        signerOfSecret.apply(secret).verify(canonical(body), signature);
        return true;
      } catch (SignatureVerificationException | IllegalArgumentException e) {
        return false;
      }
    }

    private String canonical(byte[] body) {
      if (fields == null) {
        return new String(body, StandardCharsets.UTF_8);
      }
      try {
        return fields.canonicalize(Json.rawFields(body));
      } catch (IOException e) {
        throw new IllegalArgumentException("the body is not a JSON object", e);
      }
    }

    @Override
    public String toString() {
      return "SignatureScheme[" + description + "]";
    }
  }

  /** Builder of a simulator with chosen credentials, signature scheme, balance or fee. */
  public static final class Builder {
    private SimulatorOptions options = SimulatorOptions.defaults();
    private String merchantId;
    private String secretKey;
    private SignatureScheme scheme = SignatureScheme.sortedFieldsMd5();
    private BigDecimal available = DEFAULT_AVAILABLE;
    private BigDecimal fee = DEFAULT_FEE;

    private Builder() {}

    /** Timing. Default {@link SimulatorOptions#defaults()}. */
    public Builder options(SimulatorOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /** The merchant id to accept in {@code MerchantId}. Default: six random digits. */
    public Builder merchantId(String merchantId) {
      this.merchantId = Objects.requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /** The secret of the signature scheme. Default: 32 random hex characters. */
    public Builder secretKey(String secretKey) {
      Objects.requireNonNull(secretKey, "secretKey == null");
      if (secretKey.isEmpty()) {
        throw new IllegalArgumentException("secretKey is empty");
      }
      this.secretKey = secretKey;
      return this;
    }

    /** How requests and webhooks are signed. Default {@link SignatureScheme#sortedFieldsMd5()} (rule A). */
    public Builder signatureScheme(SignatureScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme == null");
      return this;
    }

    /**
     * The initial available balance in PEN. Default {@link #DEFAULT_AVAILABLE}.
     *
     * @throws IllegalArgumentException when negative or with more than 2 decimals
     */
    public Builder availableBalance(BigDecimal available) {
      this.available = checkedAmount(available, "available balance");
      return this;
    }

    /**
     * The fee of each payout in PEN. Default {@link #DEFAULT_FEE}.
     *
     * @throws IllegalArgumentException when negative or with more than 2 decimals
     */
    public Builder fee(BigDecimal fee) {
      this.fee = checkedAmount(fee, "fee");
      return this;
    }

    /**
     * Starts the simulator.
     *
     * @throws IllegalStateException when the server cannot start
     */
    public PenPayoutSimulator start() {
      return new PenPayoutSimulator(this);
    }
  }
}
