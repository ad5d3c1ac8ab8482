package dev.paysdk.core.gateway;

import java.util.Locale;
import java.util.Objects;

/**
 * One gateway operation, declared once per gateway module: its name in PaySDK's one vocabulary
 * ({@link OperationNames}), HTTP method and path, money safety, and whether its answers must be
 * signed. The {@link Exchange} derives every consequence from these.
 *
 * <pre>{@code
 * static final Operation PAYOUT_CREATE = Operation.moneyMoving(OperationNames.PAYOUT_CREATE, "POST",
 *     "/api/agentpay/apply", AnswerSignature.REQUIRED);
 * }</pre>
 *
 * @param name operation name used in every error's context and in observations
 * @param method {@code GET} or {@code POST}
 * @param path path after the client's base URL
 * @param safety whether the call can move money (then it is sent at most once)
 * @param answerSignature whether a handled answer must carry a valid signature
 */
public record Operation(String name, String method, String path, Safety safety, AnswerSignature answerSignature) {

  /** Whether an operation can move money. */
  public enum Safety {
    /** A query, a balance, a list: retried on transient failures; its failures never move money. */
    READ,
    /**
     * Creates or changes something (a payout, a batch, a cancellation, a pay-in order): sent at most
     * once; every failure after it may have left is an {@code OutcomeUnknownException}.
     */
    MONEY_MOVING
  }

  /** Whether a handled answer of the operation must be signed. */
  public enum AnswerSignature {
    /**
     * The gateway's document shows a signed answer: a handled answer without a valid signature is
     * never believed (a read fails with {@code SignatureVerificationException}, a money-moving call
     * with {@code OutcomeUnknownException}). Refusals may come unsigned.
     */
    REQUIRED,
    /** A signature is checked when the answer carries one; an unsigned answer is taken as it is. */
    IF_PRESENT,
    /** The gateway never signs this answer; nothing is checked. */
    NONE
  }

  public Operation {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(safety, "safety == null");
    Objects.requireNonNull(answerSignature, "answerSignature == null");
    method = method.toUpperCase(Locale.ROOT);
  }

  /** A read. */
  public static Operation read(String name, String method, String path, AnswerSignature answerSignature) {
    return new Operation(name, method, path, Safety.READ, answerSignature);
  }

  /** A money-moving call. */
  public static Operation moneyMoving(String name, String method, String path, AnswerSignature answerSignature) {
    return new Operation(name, method, path, Safety.MONEY_MOVING, answerSignature);
  }

  /** True for {@link Safety#MONEY_MOVING}. */
  public boolean isMoneyMoving() {
    return safety == Safety.MONEY_MOVING;
  }

  /** The same operation at another path (a builder option that moves an endpoint). */
  public Operation withPath(String otherPath) {
    return new Operation(name, method, otherPath, safety, answerSignature);
  }

  /** The same operation with another answer-signature policy (a builder option). */
  public Operation withAnswerSignature(AnswerSignature policy) {
    return new Operation(name, method, path, safety, policy);
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + path + ", " + safety + ")";
  }
}
