package dev.paysdk.testkit;

import dev.paysdk.testkit.internal.vexora.VexoraGateway;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An embedded Vexora gateway: disbursement create, query and balance, with the payout webhook,
 * strict about signatures and fields, with disbursements and the balance in memory. It can be
 * mounted under a region path, as the real base URLs are.
 *
 * <pre>{@code
 * try (VexoraSimulator sim = VexoraSimulator.start(SimulatorOptions.defaults(), "/indonesia")) {
 *   // configure the Vexora client with sim.baseUrl() (http://127.0.0.1:<port>/indonesia),
 *   // sim.merchantNo() and sim.appSecret()
 *   sim.nextOutcome(VexoraSimulator.Outcome.FAILED, "Account does not exist");
 *   // ... create a disbursement with the client; the webhook reports status 00029
 *   assertThat(sim.balance().available()).isEqualByComparingTo("1000000.00");
 * }
 * }</pre>
 *
 * <h2>Endpoints (operation names for {@link #faults()})</h2>
 * All POST, JSON bodies of string values, header {@code merchantNo} (not signed), under the region
 * prefix: {@link #DISBURSEMENT} {@code /v1/vexora/disbursements}, {@link #QUERY}
 * {@code /v1/vexora/queryPayOutResult}, {@link #BALANCE} {@code /v1/vexora/queryBalance}. A path
 * without the prefix answers 404.
 *
 * <h2>Checks, in order</h2>
 * The {@code merchantNo} header is present and is the simulator's; the body is a JSON object whose
 * values are all strings; {@code sign} is present; rule C verifies (MD5, lower-case hex, of the
 * {@code key=value} pairs of every body field except {@code sign}, null and empty values left out,
 * sorted by key in ASCII order, joined without separator, followed by the app secret); the
 * required fields are present; then the values: timestamp is digits; tradeNo at most 64 characters;
 * amount a whole number at least 100 ({@code "100"} and {@code "100.00"} both accepted); mobile
 * 10 to 13 digits starting with 0 (the document says 10 digits, its example has 12); email an
 * address; notifyUrl an http(s) URL; accountNo at most 64 characters; tradeNo unique; the
 * available balance covers amount + fee.
 *
 * <h2>Answers</h2>
 * Success: {@code {"msg":"success","code":"0000","timestamp":<ms>,"success":true,"data":{...}}}.
 * With {@link #signAnswers(boolean)} on (the default), {@code data} carries a {@code sign}: rule C
 * over every other field of the {@code data} object (a number, in the balance's
 * {@link BalanceValues#NUMBERS} form, as written), the same rule as the flat webhook. Errors (HTTP
 * 200, never signed): {@code {"msg":"<reason>","code":"8000","timestamp":<ms>,"success":false,"data":null}},
 * reasons: {@value #MSG_MISSING_MERCHANT}, {@value #MSG_UNKNOWN_MERCHANT}, {@value #MSG_NOT_JSON},
 * {@code invalid parameter: <name> must be a string}, {@code missing required parameter: <names>},
 * {@value #MSG_BAD_SIGNATURE}, {@code invalid parameter: <problems>}, {@value #MSG_DUPLICATE},
 * {@value #MSG_INSUFFICIENT_BALANCE}, {@value #MSG_NOT_FOUND} (query of an unknown tradeNo),
 * {@value #MSG_QUERY_REJECTED} (after {@link #rejectNextQuery()}); and code {@code 5000}
 * {@value #MSG_SYSTEM_ERROR} after {@link #systemErrorOnNextCreate()} (the disbursement IS stored)
 * or with an injected HTTP error status.
 *
 * <ul>
 *   <li>create: data {@code tradeNo, platFormTradeNo, status "0015", message "Processing", remark}
 *       (remark echoed, {@code ""} when none).
 *   <li>query: data {@code tradeNo, platFormTradeNo, amount, status, message, successTime} (successTime
 *       only when successful, {@code yyyy-MM-dd HH:mm:ss} UTC); with
 *       {@link QueryAmountShape#ORDER_AND_PAY_AMOUNT} {@code orderAmount} and {@code payAmount}
 *       (the amount when successful, else {@code "0"}) replace {@code amount}. Amounts are echoed as
 *       the merchant sent them.
 *   <li>balance: data {@code availableAmount, freezeAmount, unsettledAmount}, two decimals, as strings
 *       (default) or numbers ({@link #balanceValues}).
 * </ul>
 *
 * <h2>Disbursements, balance, webhook</h2>
 * A disbursement answers {@code 0015} processing; with {@link SimulatorOptions#autoAdvance()} it ends
 * after the processing delay plus the completion delay: {@code 0000} success (with successTime) or,
 * when planned with {@link #nextOutcome}, {@code 00029} failed; {@link #complete} ends one at once.
 * The balance starts at {@link #INITIAL_BALANCE} available; a disbursement moves amount + fee
 * ({@link #FEE_RATE} of the amount) from available to frozen; success takes it out of frozen,
 * failure puts it back to available. unsettledAmount only changes through {@link #setBalance}.
 * On the final status the simulator POSTs JSON {@code {"platFormTradeNo","tradeNo","amount","status","sign"}}
 * (all strings, sign = rule C over the other four; no sign after {@code signWebhooks(false)}) to the
 * notifyUrl, expects the plain text {@code OK}, and retries after {@link #WEBHOOK_RETRY_SCHEDULE}
 * (2 s, 5 s, 10 s, 30 s, 1 h, 3 h, 3 h, 3 h), compressed by
 * {@link SimulatorOptions#webhookTimeCompression()}. {@link WebhookDelivery#orderNo()} is the tradeNo.
 *
 * <h2>Faults</h2>
 * {@link Fault.Kind#WRONG_SIGNATURE} corrupts {@code data.sign} of the answer (when answers are
 * signed) or, under {@link Faults#WEBHOOK}, the next webhook's sign; {@link Fault.Kind#DUPLICATE_WEBHOOK}
 * under {@link Faults#WEBHOOK} delivers the next webhook twice.
 *
 * <p>Thread-safe.
 */
public final class VexoraSimulator extends GatewaySimulator {
  /** Operation: disbursement create. */
  public static final String DISBURSEMENT = "vexora.disbursement";
  /** Operation: disbursement query. */
  public static final String QUERY = "vexora.query";
  /** Operation: balance query. */
  public static final String BALANCE = "vexora.balance";

  /** Answer code: the request was handled. */
  public static final String CODE_HANDLED = "0000";
  /** Answer code: system error, the outcome is unknown. */
  public static final String CODE_SYSTEM_ERROR = "5000";
  /** Answer code: the request was rejected. */
  public static final String CODE_REJECTED = "8000";

  /** Transaction status: success. */
  public static final String STATUS_SUCCESS = "0000";
  /** Transaction status: processing. */
  public static final String STATUS_PROCESSING = "0015";
  /** Transaction status: failed. */
  public static final String STATUS_FAILED = "00029";

  /** Rejection message: the signature does not verify. */
  public static final String MSG_BAD_SIGNATURE = "signature verification failed";
  /** Rejection message: the tradeNo exists already (nothing new is stored). */
  public static final String MSG_DUPLICATE = "duplicate tradeNo";
  /** Rejection message of a query for an unknown tradeNo. */
  public static final String MSG_NOT_FOUND = "order does not exist";
  /** Rejection message: available balance below amount + fee. */
  public static final String MSG_INSUFFICIENT_BALANCE = "insufficient balance";
  /** Rejection message: no merchantNo header. */
  public static final String MSG_MISSING_MERCHANT = "merchantNo header is required";
  /** Rejection message: the merchantNo header is not the simulator's. */
  public static final String MSG_UNKNOWN_MERCHANT = "merchant does not exist";
  /** Rejection message: the body is not a JSON object. */
  public static final String MSG_NOT_JSON = "request body must be a JSON object";
  /** Rejection message of a query after {@link #rejectNextQuery()}. */
  public static final String MSG_QUERY_REJECTED = "request rejected, please retry later";
  /** Message of a {@code 5000} answer. */
  public static final String MSG_SYSTEM_ERROR = "system error";

  /** Delays before each webhook retry, as documented (compressed at run time). */
  public static final List<Duration> WEBHOOK_RETRY_SCHEDULE = List.of(Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(3),
      Duration.ofHours(3));
  /** The disbursement fee, a fraction of the amount: 0.01 (1 %). */
  public static final BigDecimal FEE_RATE = new BigDecimal("0.01");
  /** Smallest amount: 100. */
  public static final BigDecimal MINIMUM_AMOUNT = new BigDecimal("100");
  /** Available balance when the simulator starts: 1000000.00. */
  public static final BigDecimal INITIAL_BALANCE = new BigDecimal("1000000.00");

  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The outcome of a disbursement. */
  public enum Outcome {
    /** Status {@code 0000}. */
    SUCCESS,
    /** Status {@code 00029}. */
    FAILED
  }

  /** How a query answer carries the amount (it differs per region). */
  public enum QueryAmountShape {
    /** {@code amount} (the default). */
    AMOUNT,
    /** {@code orderAmount} and {@code payAmount}. */
    ORDER_AND_PAY_AMOUNT
  }

  /** How the balance answer writes its amounts (it differs per region). */
  public enum BalanceValues {
    /** JSON strings such as {@code "1000.00"} (the default). */
    STRINGS,
    /** JSON numbers such as {@code 1000.00}. */
    NUMBERS
  }

  private final String prefix;
  private final String merchantNo;
  private final String appSecret;
  private final VexoraGateway gateway;

  private VexoraSimulator(Builder b) {
    super("vexora-sim", b.options, "{\"msg\":\"" + MSG_SYSTEM_ERROR + "\",\"code\":\"" + CODE_SYSTEM_ERROR
        + "\",\"timestamp\":0,\"success\":false,\"data\":null}");
    this.prefix = b.regionPrefix;
    this.merchantNo = b.merchantNo != null ? b.merchantNo : String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999));
    if (b.appSecret != null) {
      this.appSecret = b.appSecret;
    } else {
      byte[] secret = new byte[16];
      RANDOM.nextBytes(secret);
      this.appSecret = HexFormat.of().formatHex(secret);
    }
    this.gateway = new VexoraGateway(merchantNo, appSecret, b.options, faults(), this::later, this::deliver);
    gateway.register(server(), prefix);
    startServer();
  }

  /** Starts a simulator with {@link SimulatorOptions#defaults()} at the server root, with fresh credentials. */
  public static VexoraSimulator start() {
    return builder().start();
  }

  /** Starts a simulator with {@code options} at the server root, with fresh credentials. */
  public static VexoraSimulator start(SimulatorOptions options) {
    return builder().options(options).start();
  }

  /**
   * Starts a simulator whose routes live under {@code regionPrefix}, such as {@code /indonesia}:
   * {@link #baseUrl()} then ends with it.
   *
   * @throws IllegalArgumentException when the prefix is not empty or a path such as {@code /indonesia}
   *     (no trailing slash)
   */
  public static VexoraSimulator start(SimulatorOptions options, String regionPrefix) {
    return builder().options(options).regionPrefix(regionPrefix).start();
  }

  /** A builder, for fixed credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Waits until the disbursement with this tradeNo satisfies {@code condition}.
   *
   * @throws AssertionError when it does not within {@code timeout}
   */
  public Disbursement awaitDisbursement(String tradeNo, Predicate<Disbursement> condition, Duration timeout) {
    return await(() -> disbursement(tradeNo), condition, timeout, "disbursement " + tradeNo);
  }

  /** The base URL including the region prefix, such as {@code http://127.0.0.1:40123/indonesia}. */
  @Override
  public String baseUrl() {
    return super.baseUrl() + prefix;
  }

  /** The region prefix, or the empty string. */
  public String regionPrefix() {
    return prefix;
  }

  /** The merchant number (8 digits) expected in the {@code merchantNo} header, generated per instance. */
  public String merchantNo() {
    return merchantNo;
  }

  /** The app secret of rule C, generated per instance. */
  public String appSecret() {
    return appSecret;
  }

  /** How query answers carry the amount from now on. Default {@link QueryAmountShape#AMOUNT}. */
  public VexoraSimulator queryAmountShape(QueryAmountShape shape) {
    gateway.queryShape(shape);
    return this;
  }

  /** How balance answers write amounts from now on. Default {@link BalanceValues#STRINGS}. */
  public VexoraSimulator balanceValues(BalanceValues values) {
    gateway.balanceValues(values);
    return this;
  }

  /** Whether webhooks carry a sign (some regions send none). Default true. */
  public VexoraSimulator signWebhooks(boolean sign) {
    gateway.signWebhooks(sign);
    return this;
  }

  /** Whether success answers carry {@code data.sign}. Default true. */
  public VexoraSimulator signAnswers(boolean sign) {
    gateway.signAnswers(sign);
    return this;
  }

  /**
   * Plans the outcome of the next disbursement created (one plan per disbursement, in order). An
   * unplanned disbursement succeeds.
   *
   * @param message the status message; null for {@code Success} / {@code Transaction failed}
   */
  public VexoraSimulator nextOutcome(Outcome outcome, String message) {
    gateway.nextOutcome(outcome, message);
    return this;
  }

  /**
   * Ends a processing disbursement now and sends its webhook.
   *
   * @param message the status message; null for {@code Success} / {@code Transaction failed}
   * @throws IllegalArgumentException when no disbursement has this tradeNo
   * @throws IllegalStateException when it is already final
   */
  public void complete(String tradeNo, Outcome outcome, String message) {
    gateway.complete(tradeNo, outcome, message);
  }

  /** The next disbursement is stored and processed, but answered with code 5000 (outcome unknown). */
  public VexoraSimulator systemErrorOnNextCreate() {
    gateway.systemErrorOnNextCreate();
    return this;
  }

  /** The next query is answered with code 8000 {@value #MSG_QUERY_REJECTED}. */
  public VexoraSimulator rejectNextQuery() {
    gateway.rejectNextQuery();
    return this;
  }

  /** A snapshot of the disbursement with this tradeNo, or empty. */
  public Optional<Disbursement> disbursement(String tradeNo) {
    return gateway.disbursement(tradeNo);
  }

  /** Snapshots of every disbursement stored, in creation order. */
  public List<Disbursement> disbursements() {
    return gateway.disbursements();
  }

  /**
   * The webhook of the disbursement with this {@code tradeNo} or {@code platFormTradeNo} in its current
   * state, to {@code url}; for {@link #sendWebhook}.
   */
  @Override
  protected Optional<dev.paysdk.testkit.internal.WebhookDispatcher.Webhook> webhookOf(String orderNo, String url,
      boolean wrongSignature) {
    return gateway.webhookOf(orderNo, url, wrongSignature);
  }

  /** How many disbursements were stored. */
  public int disbursementCount() {
    return gateway.count();
  }

  /** The merchant's balance. */
  public AccountBalance balance() {
    return gateway.balance();
  }

  /** Sets the available balance (frozen and unsettled become zero). */
  public VexoraSimulator setBalance(BigDecimal available) {
    return setBalance(available, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** Sets the three balance amounts. */
  public VexoraSimulator setBalance(BigDecimal available, BigDecimal freeze, BigDecimal unsettled) {
    gateway.setBalance(available, freeze, unsettled);
    return this;
  }

  /** Builder of a {@link VexoraSimulator}; unset credentials are generated. */
  public static final class Builder {
    private SimulatorOptions options = SimulatorOptions.defaults();
    private String regionPrefix = "";
    private String merchantNo;
    private String appSecret;

    private Builder() {}

    /** Timing. Default {@link SimulatorOptions#defaults()}. */
    public Builder options(SimulatorOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /**
     * The region path the routes live under, such as {@code /indonesia}. Default: none.
     *
     * @throws IllegalArgumentException when it is not empty or a path without a trailing slash
     */
    public Builder regionPrefix(String regionPrefix) {
      Objects.requireNonNull(regionPrefix, "regionPrefix == null");
      if (!PREFIX.matcher(regionPrefix).matches()) {
        throw new IllegalArgumentException("regionPrefix must be empty or a path such as /indonesia: " + regionPrefix);
      }
      this.regionPrefix = regionPrefix;
      return this;
    }

    /** The merchant number of the {@code merchantNo} header. Default: 8 random digits. */
    public Builder merchantNo(String merchantNo) {
      this.merchantNo = requireText(merchantNo, "merchantNo");
      return this;
    }

    /** The app secret (rule C). Default: 32 random hex characters. */
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

    /** Starts the simulator. */
    public VexoraSimulator start() {
      return new VexoraSimulator(this);
    }
  }

  /**
   * A disbursement as the simulator holds it.
   *
   * @param tradeNo merchant's transaction number
   * @param platFormTradeNo gateway's transaction number
   * @param amountText amount exactly as sent
   * @param amount amount
   * @param fee fee
   * @param status {@code 0015}, {@code 0000} or {@code 00029}
   * @param message status message
   * @param accountNo beneficiary account
   * @param mobile beneficiary mobile
   * @param email beneficiary email
   * @param firstname first name
   * @param lastname last name
   * @param notifyUrl webhook URL
   * @param remark remark, or null
   * @param createdAt creation time
   * @param successTime success time, or null
   */
  public record Disbursement(String tradeNo, String platFormTradeNo, String amountText, BigDecimal amount,
      BigDecimal fee, String status, String message, String accountNo, String mobile, String email, String firstname,
      String lastname, String notifyUrl, String remark, Instant createdAt, Instant successTime) {}

  /**
   * The merchant's balance.
   *
   * @param available available amount
   * @param freeze frozen amount (disbursements in progress)
   * @param unsettled unsettled amount
   */
  public record AccountBalance(BigDecimal available, BigDecimal freeze, BigDecimal unsettled) {}
}
