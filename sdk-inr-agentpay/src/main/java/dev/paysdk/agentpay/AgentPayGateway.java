package dev.paysdk.agentpay;

import dev.paysdk.core.Capability;
import dev.paysdk.core.gateway.GatewayDescriptor;
import dev.paysdk.core.gateway.GatewayDescriptor.Setting;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Operation.AnswerSignature;
import dev.paysdk.core.gateway.OperationNames;
import java.util.List;
import java.util.Set;

/**
 * What INR AgentPay is, declared once: its descriptor (shared by the client and
 * {@link AgentPayProvider}) and its operations.
 *
 * <p>Answer signatures: the document shows {@code sign} on the apply and query answers, so they are
 * {@link AnswerSignature#REQUIRED}; its balance answer shows none, so a balance answer's signature is
 * checked when present ({@link AnswerSignature#IF_PRESENT}).
 */
final class AgentPayGateway {
  /** {@code POST /api/agentpay/apply}: money-moving; its answer is signed. */
  static final Operation APPLY = Operation.moneyMoving(OperationNames.PAYOUT_CREATE, "POST",
      AgentPayClient.Builder.DEFAULT_APPLY_PATH, AnswerSignature.REQUIRED);
  /** {@code POST /api/pay/orderquery}: a read; its answer is signed. */
  static final Operation QUERY = Operation.read(OperationNames.PAYOUT_QUERY, "POST",
      AgentPayClient.Builder.DEFAULT_QUERY_PATH, AnswerSignature.REQUIRED);
  /** {@code POST /api/agentpay/query_balance}: a read; the document's answer carries no signature. */
  static final Operation BALANCE = Operation.read(OperationNames.BALANCE_QUERY, "POST",
      AgentPayClient.Builder.DEFAULT_BALANCE_PATH, AnswerSignature.IF_PRESENT);

  static final GatewayDescriptor DESCRIPTOR = new GatewayDescriptor(AgentPayClient.PROVIDER_ID, "INR AgentPay",
      Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS), List.of(
          Setting.required("baseUrl", "the base URL the gateway gave the merchant"),
          Setting.required("merchantId", "the merchant id (mchId), not the merchant number"),
          Setting.required("secret", "the merchant's secret key (rule A, MD5)", "secretKey").asSecret(),
          Setting.optional("zone", "time zone of reqTime; default Asia/Kolkata"),
          Setting.optional("applyPath", "path of the payout apply; default " + APPLY.path()),
          Setting.optional("queryPath", "path of the payout query; default " + QUERY.path()),
          Setting.optional("balancePath", "path of the balance query; default " + BALANCE.path()),
          Setting.optional("orderNotFoundPattern", "which query refusal means \"no such order\"; default strict"),
          Setting.optional("requireSignedAnswers", "true (default) or false: apply and query answers must be signed")));

  private AgentPayGateway() {}

  /** The client's operations: the paths and answer-signature policy its builder chose. */
  record Operations(Operation apply, Operation query, Operation balance) {
    static Operations of(String applyPath, String queryPath, String balancePath, boolean requireSignedAnswers) {
      AnswerSignature signed = requireSignedAnswers ? AnswerSignature.REQUIRED : AnswerSignature.IF_PRESENT;
      return new Operations(APPLY.withPath(applyPath).withAnswerSignature(signed),
          QUERY.withPath(queryPath).withAnswerSignature(signed), BALANCE.withPath(balancePath));
    }
  }
}
