package dev.paysdk.testkit;

import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.testkit.internal.agentpay.AgentPayApi;
import dev.paysdk.testkit.internal.agentpay.AgentPayCallbacks;
import dev.paysdk.testkit.internal.agentpay.AgentPayLedger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Simulator of the INR AgentPay payout gateway: strict, stateful, on an ephemeral loopback port.
 *
 * <pre>{@code
 * try (AgentPaySimulator sim = AgentPaySimulator.start()) {
 *   AgentPayClient client = AgentPayClient.builder()
 *       .baseUrl(sim.baseUrl())
 *       .merchantId(sim.merchantId())
 *       .secretKey(sim.secretKey())
 *       .build();
 *   client.payouts().create(request);                         // POST /api/agentpay/apply
 *   sim.awaitStatus("202503110001", AgentPaySimulator.Status.SUCCESS, Duration.ofSeconds(2));
 *   assertThat(sim.balance().availableAmount()).isEqualTo(AgentPaySimulator.DEFAULT_AVAILABLE_PAISE - 10000 - 1200);
 * }
 * }</pre>
 *
 * <h2>Endpoints</h2>
 * Form posts ({@code application/x-www-form-urlencoded}; any other content type is refused), each
 * signed with rule A ({@link Signers#md5SortedFragments}: every parameter except {@code sign}) and the
 * secret of {@link #secretKey()}:
 * <ul>
 *   <li>{@code POST /api/agentpay/apply} ({@link #PAYOUT_APPLY}): requires {@code mchId, mchOrderNo, amount,
 *       currency, accountNo, accountBankCode, notifyUrl, extra, sign}; {@code amount} is whole paise, positive, a
 *       multiple of 100; {@code currency} is {@code INR}; {@code accountBankCode} is {@code BANK}; {@code notifyUrl}
 *       is http(s); {@code extra} is the JSON text {@code {"value":"<IFSC or VPA>"}} (an object with that one
 *       string member) whose value is an IFSC ({@code ^[A-Z]{4}0[A-Z0-9]{6}$}) or a VPA ({@code name@handle});
 *       {@code mchOrderNo} at most 30 characters; optional {@code phoneNumber} (10 digits starting with
 *       6-9), {@code payerEmail}, {@code accountName} (2-48 characters) are checked when present. Answer:
 *       {@code {"retCode":"SUCCESS","retMsg":"Payout application successful","agentpayOrderId":"Le...","fee":1200,
 *       "extra":null,"status":1,"sign":"..."}}.</li>
 *   <li>{@code POST /api/pay/orderquery} ({@link #PAYOUT_QUERY}): {@code mchId, reqTime, sign} and
 *       {@code mchOrderNo} or {@code agentpayOrderId} (when both are given they must name the same order).
 *       Answer: {@code retCode, mchOrderNo, agentpayOrderId, channelPayNo} (the UTR, {@code null} until success),
 *       {@code amount, status, fee}, {@code errorMessage} (only when failed), {@code sign}.</li>
 *   <li>{@code POST /api/agentpay/query_balance} ({@link #BALANCE_QUERY}): {@code mchId, reqTime, sign}. Answer:
 *       {@code retCode, retMsg} ({@code null}), {@code busNo, amount, frozenAmount, availableAmount, pendingAmount,
 *       unsettledAmount} (paise), {@code sign}. The document's sample of this answer shows no {@code sign}; the
 *       simulator signs it like every other successful answer, so a client should verify it when present.</li>
 * </ul>
 * {@code reqTime} is only required to be present: the document's own balance sample sends {@code 20211111},
 * not the {@code yyyyMMddHHmmss} it asks for. Successful answers are signed with rule A over every non-null
 * field except {@code sign}, numbers as written. All answers are HTTP 200.
 *
 * <h2>Errors</h2>
 * {@code {"retCode":"FAIL","retMsg":"<reason>"}}, unsigned, nothing stored. The reasons, checked in this order:
 * <ul>
 *   <li>{@code Content-Type must be application/x-www-form-urlencoded}; {@code malformed form body}</li>
 *   <li>{@code missing parameter: <names, comma-separated>} (on query, {@code mchOrderNo or agentpayOrderId}
 *       when neither is given)</li>
 *   <li>{@code mchId not exist}: unknown merchant</li>
 *   <li>{@code sign error}: bad signature</li>
 *   <li>value rules, joined with {@code "; "}: {@code mchOrderNo longer than 30 characters},
 *       {@code amount must be a whole number of paise}, {@code amount must be greater than 0},
 *       {@code amount must be a multiple of 100}, {@code currency must be INR},
 *       {@code accountBankCode must be BANK}, {@code notifyUrl must be an http or https URL},
 *       {@code extra must be JSON {"value":"<IFSC or VPA>"}}, {@code extra value must be a valid IFSC or VPA},
 *       {@code phoneNumber must be 10 digits starting with 6-9}, {@code payerEmail is not a valid email address},
 *       {@code accountName must be 2-48 characters}</li>
 *   <li>{@code mchOrderNo duplicate}: the merchant order number was used before</li>
 *   <li>{@code insufficient balance}: available balance below amount + fee</li>
 *   <li>{@code order not exist}: query for an order the simulator does not know</li>
 *   <li>{@code system error}: the body of an injected {@link Fault#httpStatus HTTP error status}</li>
 * </ul>
 *
 * <h2>States, fee and balance</h2>
 * An accepted payout is {@link Status#PROCESSING} (1) at once; after {@link SimulatorOptions#processingDelay()}
 * + {@link SimulatorOptions#completionDelay()} it becomes {@link Status#SUCCESS} (2, with a 12-digit UTR in
 * {@code channelPayNo}) or {@link Status#FAILED} (3, with {@code errorMessage}), as planned by
 * {@link #nextPayoutOutcome} (success by default). With {@link SimulatorOptions#autoAdvance()} off it stays
 * processing until {@link #completeOrder}. The fee is a fixed {@value #DEFAULT_FEE_PAISE} paise per payout (the
 * document's sample), changeable with {@link #setFee}. Acceptance moves amount + fee from available to frozen;
 * success releases it from frozen (the total drops); failure returns it to available.
 * {@code amount = availableAmount + frozenAmount}; {@code pendingAmount} and {@code unsettledAmount} stay 0.
 *
 * <h2>Callback</h2>
 * On the final state: {@code POST notifyUrl?amount=..&mchOrderNo=..&fee=..&channelPayNo=..&sign=..&agentpayOrderId=
 * ..&status=..&errorMessage=..} with an empty body and {@code Content-Type: application/x-www-form-urlencoded}
 * ({@code channelPayNo} only on success, {@code errorMessage} only on failure; parameter order as in the document's
 * sample; values URL-encoded, a space as {@code +}), signed with rule A. A notify URL that has a query string of its
 * own keeps it, unsigned, and the callback's parameters follow it after {@code &}. The merchant must answer plain
 * text {@value #CALLBACK_ACK}. The document gives no retry schedule; the simulator's choice
 * ({@link #CALLBACK_RETRY_SCHEDULE}): first delivery at once, retries after 1, 2, 4, 8 and 16 minutes,
 * compressed by {@link SimulatorOptions#webhookTimeCompression()}.
 *
 * <h2>Faults</h2>
 * {@link Fault#wrongSignature()} on an operation signs its answer with a wrong key; on {@link Faults#WEBHOOK} it
 * does the same to the next callback (every attempt). {@link Fault#duplicateWebhook()} on {@link Faults#WEBHOOK}
 * or on {@link #PAYOUT_APPLY} delivers that order's callback once more after it was acknowledged. Other
 * fault kinds queued on {@link Faults#WEBHOOK} are ignored. Thread-safe.
 */
public final class AgentPaySimulator extends GatewaySimulator {
  /** Fault operation name of {@code POST /api/agentpay/apply}. */
  public static final String PAYOUT_APPLY = "agentpay.payout-apply";
  /** Fault operation name of {@code POST /api/pay/orderquery}. */
  public static final String PAYOUT_QUERY = "agentpay.payout-query";
  /** Fault operation name of {@code POST /api/agentpay/query_balance}. */
  public static final String BALANCE_QUERY = "agentpay.balance-query";
  /** The answer a merchant gives to acknowledge a callback. */
  public static final String CALLBACK_ACK = "success";
  /** Delays before each callback retry, uncompressed (the simulator's choice: the document gives none). */
  public static final List<Duration> CALLBACK_RETRY_SCHEDULE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
      Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16));
  /** Fee of one payout in paise, unless changed with {@link #setFee}. */
  public static final long DEFAULT_FEE_PAISE = 1200;
  /** Available balance of a new simulator in paise (1,000,000 INR). */
  public static final long DEFAULT_AVAILABLE_PAISE = 100_000_000L;

  private static final String ERROR_BODY = "{\"retCode\":\"FAIL\",\"retMsg\":\"system error\"}";

  private final String merchantId;
  private final String secretKey;
  private final String busNo;
  private final SigningRule rule;
  private final SigningRule wrongRule;
  private final AgentPayLedger ledger;

  /** How a payout ends. */
  public enum Outcome {
    /** Paid: status 2 with a UTR. */
    SUCCEEDED,
    /** Not paid: status 3 with an error message; amount and fee go back to the available balance. */
    FAILED
  }

  /** A payout's status, with its wire code. */
  public enum Status {
    /** 0: accepted (the simulator answers 1 at once and never shows 0 itself). */
    ACCEPTED(0),
    /** 1: processing. */
    PROCESSING(1),
    /** 2: paid. */
    SUCCESS(2),
    /** 3: failed. */
    FAILED(3);

    private final int code;

    Status(int code) {
      this.code = code;
    }

    /** The wire value of {@code status}. */
    public int code() {
      return code;
    }

    /** True for {@link #SUCCESS} and {@link #FAILED}. */
    public boolean isFinal() {
      return this == SUCCESS || this == FAILED;
    }
  }

  /**
   * An immutable snapshot of one payout.
   *
   * @param merchantOrderNo the merchant's {@code mchOrderNo}
   * @param agentpayOrderId the gateway's order id
   * @param amount amount in paise
   * @param fee fee in paise
   * @param status current status
   * @param channelPayNo UTR, or null until success
   * @param errorMessage failure reason, or null unless failed
   * @param notifyUrl the callback URL
   * @param parameters every form parameter of the apply request as received (URL-decoded)
   * @param createdAt when it was accepted
   * @param completedAt when it reached its final status, or null
   */
  public record Order(String merchantOrderNo, String agentpayOrderId, long amount, long fee, Status status,
      String channelPayNo, String errorMessage, String notifyUrl, Map<String, String> parameters, Instant createdAt,
      Instant completedAt) {
    /** Copies {@code parameters}. */
    public Order {
      parameters = Map.copyOf(parameters);
    }
  }

  /**
   * The merchant's balance in paise, as the balance query answers it.
   *
   * @param amount total: available + frozen
   * @param frozenAmount held for payouts in progress (amount + fee each)
   * @param availableAmount what new payouts can use
   * @param pendingAmount always 0 in the simulator
   * @param unsettledAmount always 0 in the simulator
   */
  public record Balance(long amount, long frozenAmount, long availableAmount, long pendingAmount,
      long unsettledAmount) {}

  private AgentPaySimulator(Builder b) {
    super("agentpay-sim", b.options, ERROR_BODY);
    this.merchantId = b.merchantId != null ? b.merchantId : "LEtest" + ThreadLocalRandom.current().nextInt(100, 1000);
    this.secretKey = b.secretKey != null ? b.secretKey : randomSecret();
    this.busNo = "FLBTEST" + ThreadLocalRandom.current().nextInt(100, 1000);
    this.rule = Signers.md5SortedFragments(secretKey);
    this.wrongRule = Signers.md5SortedFragments("wrong-" + secretKey);
    this.ledger = new AgentPayLedger(b.availablePaise, b.feePaise);
    AgentPayApi api = new AgentPayApi(merchantId, busNo, rule, wrongRule, ledger, this::accepted);
    server().route("POST", "/api/agentpay/apply", PAYOUT_APPLY, api::apply)
        .route("POST", "/api/pay/orderquery", PAYOUT_QUERY, api::query)
        .route("POST", "/api/agentpay/query_balance", BALANCE_QUERY, api::balance);
    startServer();
  }

  /** Starts a simulator with {@link SimulatorOptions#defaults()} and fresh credentials. */
  public static AgentPaySimulator start() {
    return builder().start();
  }

  /** Starts a simulator with {@code options} and fresh credentials. */
  public static AgentPaySimulator start(SimulatorOptions options) {
    return builder().options(options).start();
  }

  /** A builder for fixed credentials, balance or fee. */
  public static Builder builder() {
    return new Builder();
  }

  /** The merchant id ({@code mchId}) the simulator accepts, such as {@code LEtest067}. */
  public String merchantId() {
    return merchantId;
  }

  /** The merchant secret of rule A. */
  public String secretKey() {
    return secretKey;
  }

  /** The {@code busNo} the balance query answers. */
  public String busNo() {
    return busNo;
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
   * @throws IllegalArgumentException when negative
   */
  public void setAvailableBalance(long paise) {
    if (paise < 0) {
      throw new IllegalArgumentException("available balance must be >= 0: " + paise);
    }
    ledger.setAvailable(paise);
  }

  /** The fee charged to the next payouts, in paise. */
  public long fee() {
    return ledger.fee();
  }

  /**
   * Sets the fee of the next payouts.
   *
   * @throws IllegalArgumentException when negative
   */
  public void setFee(long paise) {
    if (paise < 0) {
      throw new IllegalArgumentException("fee must be >= 0: " + paise);
    }
    ledger.setFee(paise);
  }

  /**
   * Plans how the next accepted payout ends (each call plans one more payout, in order; unplanned payouts
   * succeed).
   *
   * @param reason the {@code errorMessage} of a failure; null gives {@code "Payout failed"}; ignored on success
   */
  public void nextPayoutOutcome(Outcome outcome, String reason) {
    ledger.plan(Objects.requireNonNull(outcome, "outcome == null"), reason);
  }

  /**
   * Finishes a processing payout now and sends its callback; for tests that run with
   * {@link SimulatorOptions#autoAdvance()} off.
   *
   * @param reason the {@code errorMessage} of a failure; null gives {@code "Payout failed"}
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
    sendCallback(done);
    return done;
  }

  /**
   * The callback of the payout with this {@code mchOrderNo} or {@code agentpayOrderId} in its current
   * state, to {@code url}; for {@link #sendWebhook}.
   */
  @Override
  protected Optional<dev.paysdk.testkit.internal.WebhookDispatcher.Webhook> webhookOf(String orderNo, String url,
      boolean wrongSignature) {
    return ledger.find(orderNo, null).or(() -> ledger.find(null, orderNo)).map(o -> AgentPayCallbacks.callback(
        new Order(o.merchantOrderNo(), o.agentpayOrderId(), o.amount(), o.fee(), o.status(), o.channelPayNo(),
            o.errorMessage(), url, o.parameters(), o.createdAt(), o.completedAt()),
        wrongSignature ? wrongRule : rule, false));
  }

  private void accepted(Order order) {
    if (options().autoAdvance()) {
      later(options().processingDelay().plus(options().completionDelay()), () -> {
        Order done = ledger.completeAsPlanned(order.merchantOrderNo());
        if (done != null) {
          sendCallback(done);
        }
      });
    }
  }

  private void sendCallback(Order order) {
    Fault f = faults().take(Faults.WEBHOOK);
    boolean wrong = f != null && f.kind() == Fault.Kind.WRONG_SIGNATURE;
    boolean duplicate = (f != null && f.kind() == Fault.Kind.DUPLICATE_WEBHOOK)
        || ledger.duplicateWebhookRequested(order.merchantOrderNo());
    deliver(AgentPayCallbacks.callback(order, wrong ? wrongRule : rule, duplicate));
  }

  private static String randomSecret() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Builder of a simulator with chosen credentials, balance or fee. */
  public static final class Builder {
    private SimulatorOptions options = SimulatorOptions.defaults();
    private String merchantId;
    private String secretKey;
    private long availablePaise = DEFAULT_AVAILABLE_PAISE;
    private long feePaise = DEFAULT_FEE_PAISE;

    private Builder() {}

    /** Timing. Default {@link SimulatorOptions#defaults()}. */
    public Builder options(SimulatorOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /** The merchant id to accept. Default: {@code LEtest} and three random digits. */
    public Builder merchantId(String merchantId) {
      this.merchantId = Objects.requireNonNull(merchantId, "merchantId == null");
      return this;
    }

    /** The rule A secret. Default: 32 random hex characters. */
    public Builder secretKey(String secretKey) {
      Objects.requireNonNull(secretKey, "secretKey == null");
      if (secretKey.isEmpty()) {
        throw new IllegalArgumentException("secretKey is empty");
      }
      this.secretKey = secretKey;
      return this;
    }

    /** The initial available balance in paise. Default {@link #DEFAULT_AVAILABLE_PAISE}. */
    public Builder availableBalance(long paise) {
      if (paise < 0) {
        throw new IllegalArgumentException("available balance must be >= 0: " + paise);
      }
      this.availablePaise = paise;
      return this;
    }

    /** The fee of each payout in paise. Default {@link #DEFAULT_FEE_PAISE}. */
    public Builder fee(long paise) {
      if (paise < 0) {
        throw new IllegalArgumentException("fee must be >= 0: " + paise);
      }
      this.feePaise = paise;
      return this;
    }

    /**
     * Starts the simulator.
     *
     * @throws IllegalStateException when the server cannot start
     */
    public AgentPaySimulator start() {
      return new AgentPaySimulator(this);
    }
  }
}
