package dev.paysdk.vexora;

import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Operation.AnswerSignature;
import dev.paysdk.core.gateway.OperationNames;

/**
 * Vexora's operations, declared once. Rule C covers requests, answers and callbacks, so every
 * answer's signature is {@link AnswerSignature#REQUIRED} by default (refusals may still come
 * unsigned, as the gateway sends them); a client built with {@code requireSignedResponses(false)}
 * checks a signature only when one is present.
 *
 * @param disburse {@code POST /v1/vexora/disbursements}: money-moving
 * @param query {@code POST /v1/vexora/queryPayOutResult}: a read
 * @param balance {@code POST /v1/vexora/queryBalance}: a read
 */
record VexoraOperations(Operation disburse, Operation query, Operation balance) {
  static final Operation DISBURSE = Operation.moneyMoving(OperationNames.PAYOUT_CREATE, "POST",
      "/v1/vexora/disbursements", AnswerSignature.REQUIRED);
  static final Operation QUERY = Operation.read(OperationNames.PAYOUT_QUERY, "POST",
      "/v1/vexora/queryPayOutResult", AnswerSignature.REQUIRED);
  static final Operation BALANCE = Operation.read(OperationNames.BALANCE_QUERY, "POST",
      "/v1/vexora/queryBalance", AnswerSignature.REQUIRED);

  /** The operations of a client that requires signed answers, or only checks those that are signed. */
  static VexoraOperations of(boolean requireSignedAnswers) {
    AnswerSignature policy = requireSignedAnswers ? AnswerSignature.REQUIRED : AnswerSignature.IF_PRESENT;
    return new VexoraOperations(DISBURSE.withAnswerSignature(policy), QUERY.withAnswerSignature(policy),
        BALANCE.withAnswerSignature(policy));
  }
}
