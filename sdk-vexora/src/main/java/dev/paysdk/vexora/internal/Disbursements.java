package dev.paysdk.vexora.internal;

import dev.paysdk.core.Destination;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.error.DuplicateOrderException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.error.OrderNotFoundException;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.Validation;
import dev.paysdk.vexora.DisbursementQueryResult;
import dev.paysdk.vexora.DisbursementRequest;
import dev.paysdk.vexora.DisbursementResult;
import dev.paysdk.vexora.VexoraClient;
import dev.paysdk.vexora.VexoraDisbursements;
import dev.paysdk.vexora.VexoraStatus;
import dev.paysdk.vexora.internal.DisbursementValidator.FieldNames;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Disbursement create and query, native and neutral. Immutable and thread-safe. */
final class Disbursements implements VexoraDisbursements {
  static final String CREATE = "payout.create";
  static final String QUERY = "payout.query";

  private final Sender sender;
  private final VexoraConfig config;
  private final DisbursementValidator validator;

  Disbursements(Sender sender) {
    this.sender = sender;
    this.config = sender.config();
    this.validator = new DisbursementValidator(config.currency(), config.mobilePattern());
  }

  @Override
  public DisbursementResult disburse(DisbursementRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(VexoraClient.PROVIDER_ID, CREATE, request.merchantOrderNo());
    validator.validate(request, FieldNames.NATIVE, ctx, null);
    return send(request, ctx).result();
  }

  @Override
  public Payout create(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    ErrorContext ctx = ErrorContext.of(VexoraClient.PROVIDER_ID, CREATE, request.merchantOrderNo());
    Payee payee = request.payee();
    Destination destination = request.destination();
    DisbursementRequest disbursement = DisbursementRequest.builder()
        .merchantOrderNo(request.merchantOrderNo())
        .amount(request.amount())
        .accountNo(destination instanceof Destination.BankAccount bank ? bank.accountNumber() : null)
        .mobile(payee.phone())
        .email(payee.email())
        .firstName(payee.firstName())
        .lastName(payee.lastName())
        .notifyUrl(request.notifyUrl())
        .remark(request.remark())
        .build();
    validator.validate(disbursement, FieldNames.NEUTRAL, ctx, destinationCheck(destination));
    Sent sent = send(disbursement, ctx);
    DisbursementResult r = sent.result();
    return Payout.builder()
        .providerId(VexoraClient.PROVIDER_ID)
        .merchantOrderNo(r.merchantOrderNo())
        .providerOrderNo(r.providerOrderNo())
        .amount(request.amount())
        .status(r.status().payoutStatus())
        .rawStatus(r.status().raw())
        .failureReason(failureReason(r.status(), r.message()))
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

  private record Sent(DisbursementResult result, String body) {}

  private Sent send(DisbursementRequest request, ErrorContext ctx) {
    HttpResponse response = sender.sendMoneyMoving(Wire.DISBURSE_PATH,
        Wire.disbursement(request, config.amountFormat(), sender.now()), ctx);
    Reply reply;
    try {
      reply = Reply.read(response);
    } catch (IOException e) {
      if (Sender.isClientError(response.status()) && !Sender.mayHaveBeenProcessed(response.status())) {
        throw Sender.refusedWithoutAnswer(ctx, response.status());
      }
      // a 2xx (or a 408, 425, 429, 499) that cannot be read may still mean the order was taken
      throw new OutcomeUnknownException(ctx, "the answer could not be read (" + e.getMessage() + ")",
          response.status(), e);
    }
    try {
      reply.verifySignature(config.signingRule(), config.requireSignedResponses(), ctx);
    } catch (SignatureVerificationException e) {
      // the request was sent: nothing in the answer can be trusted, yet the gateway may have taken it
      throw new OutcomeUnknownException(ctx, "the answer's signature did not verify ("
          + (reply.isSigned() ? "it does not match the answer" : "the answer carries no signature, and signed answers are"
              + " required") + "); the disbursement may have been created", reply.httpStatus(), e);
    }
    String code = reply.code();
    if (VexoraCodes.REJECTED.equals(code)) {
      throw rejected(ctx, reply);
    }
    if (!VexoraCodes.HANDLED.equals(code)) {
      String msg = Sender.message(reply);
      String meaning = VexoraCodes.SYSTEM_ERROR.equals(code) ? "system error" : "unrecognised code";
      throw new OutcomeUnknownException(ctx, "the gateway answered code " + code + " (" + meaning
          + (msg == null ? "" : ": " + msg) + ")", null);
    }
    DisbursementResult result;
    try {
      result = Wire.disbursementResult(reply);
    } catch (IOException e) {
      throw new OutcomeUnknownException(ctx, "the gateway answered code 0000 but " + e.getMessage(), e);
    }
    if (result.merchantOrderNo() == null) {
      result = new DisbursementResult(request.merchantOrderNo(), result.providerOrderNo(), result.status(),
          result.message(), result.remark(), result.reply());
    } else if (!result.merchantOrderNo().equals(request.merchantOrderNo())) {
      throw new OutcomeUnknownException(ctx, "the answer names another order (" + result.merchantOrderNo() + ")", null);
    }
    return new Sent(result, reply.body());
  }

  /** Code 8000 on a creation: the request failed and nothing was paid. */
  private static ProviderException rejected(ErrorContext ctx, Reply reply) {
    String msg = Sender.message(reply);
    String dataMsg = reply.dataField(Wire.MESSAGE);
    int status = reply.httpStatus();
    if (VexoraCodes.saysDuplicate(msg) || VexoraCodes.saysDuplicate(dataMsg)) {
      return new DuplicateOrderException(ctx, reply.code(), msg, status);
    }
    if (VexoraCodes.saysInsufficientBalance(msg) || VexoraCodes.saysInsufficientBalance(dataMsg)) {
      return new InsufficientBalanceException(ctx, reply.code(), msg, status);
    }
    return new ProviderException(ctx, reply.code(), msg, status);
  }

  @Override
  public DisbursementQueryResult query(String merchantOrderNo) {
    return queryAnswer(merchantOrderNo).result();
  }

  @Override
  public Payout retrieve(PayoutLookup lookup) {
    Objects.requireNonNull(lookup, "lookup == null");
    if (lookup.merchantOrderNo() == null || lookup.merchantOrderNo().isBlank()) {
      throw new InvalidRequestException(ErrorContext.of(VexoraClient.PROVIDER_ID, QUERY), List.of(new FieldError(
          "merchantOrderNo", "is required: Vexora queries by merchant order number only")));
    }
    QueryAnswer answer = queryAnswer(lookup.merchantOrderNo());
    DisbursementQueryResult q = answer.result();
    return Payout.builder()
        .providerId(VexoraClient.PROVIDER_ID)
        .merchantOrderNo(q.merchantOrderNo())
        .providerOrderNo(q.providerOrderNo())
        .amount(q.reportedAmount().orElse(null))
        .status(q.status().payoutStatus())
        .rawStatus(q.status().raw())
        .failureReason(failureReason(q.status(), q.message()))
        .completedAt(SuccessTime.parse(q.successTime()))
        .rawResponse(answer.body())
        .build();
  }

  record QueryAnswer(DisbursementQueryResult result, String body) {}

  QueryAnswer queryAnswer(String merchantOrderNo) {
    ErrorContext ctx = ErrorContext.of(VexoraClient.PROVIDER_ID, QUERY, merchantOrderNo);
    Validation v = new Validation(ctx);
    v.required("merchantOrderNo", merchantOrderNo);
    v.throwIfInvalid();
    HttpResponse response = sender.read(Wire.QUERY_PATH, now -> Wire.query(merchantOrderNo, now), ctx);
    Reply reply = sender.readAnswer(response, ctx);
    String code = reply.code();
    if (VexoraCodes.REJECTED.equals(code)) {
      String msg = Sender.message(reply);
      if (VexoraCodes.saysOrderDoesNotExist(config.orderNotFoundMessage(), msg, reply.dataField(Wire.MESSAGE))) {
        throw new OrderNotFoundException(ctx, code, msg, reply.httpStatus());
      }
      // a rejected query says nothing about the payout: never "not found" unless the message says so
      throw new ProviderException(ctx, code, msg, reply.httpStatus());
    }
    if (VexoraCodes.SYSTEM_ERROR.equals(code)) {
      throw Sender.systemError(ctx, reply);
    }
    if (!VexoraCodes.HANDLED.equals(code)) {
      throw new ProviderException(ctx, code, Sender.message(reply), reply.httpStatus());
    }
    DisbursementQueryResult result;
    try {
      result = Wire.queryResult(reply, config.currency());
    } catch (IOException e) {
      throw new TransportException(ctx, "the gateway answered code 0000 but " + e.getMessage(), reply.httpStatus(), e);
    }
    if (result.merchantOrderNo() != null && !result.merchantOrderNo().equals(merchantOrderNo)) {
      throw new TransportException(ctx, "the answer names another order (" + result.merchantOrderNo() + ")",
          reply.httpStatus(), null);
    }
    if (result.merchantOrderNo() == null) {
      result = new DisbursementQueryResult(merchantOrderNo, result.providerOrderNo(), result.amount(),
          result.orderAmount(), result.payAmount(), result.status(), result.message(), result.successTime(),
          result.dataFields(), result.reply());
    }
    return new QueryAnswer(result, reply.body());
  }

  @Override
  public String newMerchantOrderNo() {
    return config.orderNoGenerator().next();
  }

  private static String failureReason(VexoraStatus status, String message) {
    return status.kind() == VexoraStatus.Kind.FAILED ? message : null;
  }

  @Override
  public String toString() {
    return "VexoraDisbursements[" + config.baseUrl() + "]";
  }
}
