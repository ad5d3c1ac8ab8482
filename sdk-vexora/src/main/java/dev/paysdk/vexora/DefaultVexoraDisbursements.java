package dev.paysdk.vexora;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciliation;
import dev.paysdk.core.gateway.AnswerBinding;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.vexora.DisbursementValidator.FieldNames;
import dev.paysdk.vexora.VexoraWire.Read;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Disbursement create and query, native and neutral, on the client's exchange. Immutable and thread-safe. */
record DefaultVexoraDisbursements(Exchange<VexoraAnswer> exchange, VexoraConfig config, VexoraOperations operations,
    DisbursementValidator validator) implements VexoraDisbursements {

  DefaultVexoraDisbursements(Exchange<VexoraAnswer> exchange, VexoraConfig config, VexoraOperations operations) {
    this(exchange, config, operations, new DisbursementValidator(config.currency(), config.mobilePattern()));
  }

  @Override
  public DisbursementResult disburse(DisbursementRequest request) {
    Objects.requireNonNull(request, "request == null");
    return send(request, FieldNames.NATIVE, null, List.of()).result();
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    Payee payee = request.payee();
    Destination destination = request.destination();
    DisbursementRequest disbursement = DisbursementRequest.builder()
        .merchantOrderNo(request.merchantOrderNo())
        .amount(request.amount())
        .accountNo(destination instanceof Destination.BankAccount bank ? bank.accountNumber() : null)
        .mobile(payee == null ? null : payee.phone())
        .email(payee == null ? null : payee.email())
        .firstName(payee == null ? null : payee.firstName())
        .lastName(payee == null ? null : payee.lastName())
        .notifyUrl(request.notifyUrl())
        .remark(request.remark())
        .build();
    Read<DisbursementResult> sent = send(disbursement, FieldNames.NEUTRAL, destinationCheck(destination),
        request.inputErrors());
    DisbursementResult r = sent.result();
    return Payout.builder()
        .providerId(VexoraClient.PROVIDER_ID)
        .merchantOrderNo(r.merchantOrderNo())
        .providerOrderNo(r.providerOrderNo())
        .amount(request.amount())
        .status(r.status())
        .rawStatus(r.rawStatus())
        .failureReason(failureReason(r.vexoraStatus(), r.message()))
        .rawResponse(sent.body())
        .build();
  }

  private static Consumer<Validation> destinationCheck(Destination destination) {
    return v -> {
      if (destination == null) {
        v.add("destination", "is required: a bank account (Destination.bankAccount(...))");
      } else if (destination instanceof Destination.BankAccount bank) {
        v.required("destination.accountNumber", bank.accountNumber());
      } else {
        v.add("destination", "must be a bank account: Vexora disbursements pay to a bank account number, got "
            + destination.kind());
      }
    };
  }

  /**
   * Sends the disbursement once. The answer must name this request's merchant order number (when
   * it names one); the request's personal values are masked in any gateway text that echoes them.
   */
  private Read<DisbursementResult> send(DisbursementRequest request, FieldNames names,
      Consumer<Validation> destinationCheck, List<dev.paysdk.core.error.FieldError> inputErrors) {
    List<String> sensitive = Arrays.asList(request.accountNo(), request.mobile(), request.email(),
        request.firstName(), request.lastName());
    return exchange.call(operations.disburse(), request.merchantOrderNo())
        .validate(v -> validator.check(request, names, v.addAll(inputErrors), destinationCheck))
        .params(() -> VexoraWire.disbursement(request, config.amountFormat(), now()))
        // the document marks data.tradeNo as always present: an answer without it proves nothing
        .expect(AnswerBinding.order(request.merchantOrderNo()).amount(request.amount()).requireNamed())
        .sensitive(sensitive.toArray(String[]::new))
        .run(answer -> VexoraWire.disbursementResult(answer, request.merchantOrderNo(), config.currency(), sensitive),
            Read::answered);
  }

  @Override
  public DisbursementQueryResult query(String merchantOrderNo) {
    // as every gateway's query: null is a NullPointerException, blank an IllegalArgumentException
    Objects.requireNonNull(merchantOrderNo, "merchantOrderNo == null");
    if (merchantOrderNo.isBlank()) {
      throw new IllegalArgumentException("merchantOrderNo is blank");
    }
    return queryAnswer(merchantOrderNo).result();
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    Read<DisbursementQueryResult> answer = queryAnswer(lookup.merchantOrderNo(),
        "is required: Vexora queries by merchant order number only");
    DisbursementQueryResult q = answer.result();
    return Payout.builder()
        .providerId(VexoraClient.PROVIDER_ID)
        .merchantOrderNo(q.merchantOrderNo())
        .providerOrderNo(q.providerOrderNo())
        .amount(q.reportedAmount().orElse(null))
        .status(q.status())
        .rawStatus(q.rawStatus())
        .failureReason(failureReason(q.vexoraStatus(), q.message()))
        .completedAt(SuccessTime.parse(q.successTime()))
        .rawResponse(answer.body())
        .build();
  }

  /** Reconciles with the client's {@link VexoraClient.Builder#reconciler reconciler}. */
  @Override
  public Reconciliation reconcile(String merchantOrderNo) {
    return config.reconciler().reconcile(this, merchantOrderNo);
  }

  Read<DisbursementQueryResult> queryAnswer(String merchantOrderNo) {
    return queryAnswer(merchantOrderNo, "is required");
  }

  /** A read: every attempt is built anew, with a fresh timestamp and signature. */
  private Read<DisbursementQueryResult> queryAnswer(String merchantOrderNo, String whenMissing) {
    return exchange.call(operations.query(), merchantOrderNo)
        .validate(v -> v.check(merchantOrderNo != null && !merchantOrderNo.isBlank(), "merchantOrderNo", whenMissing))
        .params(() -> VexoraWire.query(merchantOrderNo, now()))
        .expect(AnswerBinding.order(merchantOrderNo).requireNamed())
        .run(answer -> VexoraWire.queryResult(answer, merchantOrderNo, config.currency()), Read::answered);
  }

  @Override
  public String newMerchantOrderNo() {
    return config.orderNoGenerator().next();
  }

  /** Epoch milliseconds from the client's clock, for the {@code timestamp} field. */
  private long now() {
    return exchange.options().clock().millis();
  }

  /** The gateway's message of a failed payout (already sanitised), else null. */
  private static String failureReason(VexoraStatus status, String message) {
    return status.kind() == VexoraStatus.Kind.FAILED ? message : null;
  }

  @Override
  public String toString() {
    return "VexoraDisbursements[" + config.baseUrl() + "]";
  }
}
