package dev.paysdk.pen;

import dev.paysdk.core.Capability;
import dev.paysdk.core.gateway.GatewayDescriptor;
import dev.paysdk.core.gateway.GatewayDescriptor.Setting;
import dev.paysdk.core.gateway.Operation;
import dev.paysdk.core.gateway.Operation.AnswerSignature;
import dev.paysdk.core.gateway.OperationNames;
import java.util.List;
import java.util.Set;

/**
 * What the PEN gateway is, declared once: its descriptor (shared by the client and the
 * {@link PenPaymentProvider}) and its operations.
 *
 * <p>Answer signatures: the document shows no signature on any answer, so a handled answer
 * without a {@code Sign} header is taken as it is, and one that carries a {@code Sign} header must
 * verify ({@link AnswerSignature#IF_PRESENT}); {@code signedAnswersRequired(true)} on the builder
 * makes it {@link AnswerSignature#REQUIRED} for a deployment that signs its answers.
 */
final class PenGateway {
  /** {@code POST /api/payOut}: creates a payout order. */
  static final Operation PAYOUT_CREATE = Operation.moneyMoving(OperationNames.PAYOUT_CREATE, "POST", "/api/payOut",
      AnswerSignature.IF_PRESENT);
  /** {@code POST /api/payOutQuery}: reads a payout order. */
  static final Operation PAYOUT_QUERY = Operation.read(OperationNames.PAYOUT_QUERY, "POST", "/api/payOutQuery",
      AnswerSignature.IF_PRESENT);

  static final String SETTING_SIGNER = "signer";
  static final String SETTING_CCI_FOR = "cciRequiredForBankIds";
  static final String SETTING_CCI_EXCEPT = "cciRequiredExceptForBankIds";
  static final String SETTING_LITERAL_IP = "literalIpNotifyUrlAllowed";
  static final String SETTING_DEFAULT_NOTIFY_URL = "defaultNotifyUrl";
  static final String SETTING_ZONE = "gatewayZone";
  static final String SETTING_NOT_FOUND_CODES = "orderNotFoundCodes";
  static final String SETTING_NOT_FOUND_PATTERN = "orderNotFoundPattern";
  static final String SETTING_GUESSED_STATUSES = "guessedFinalStatusesEnabled";
  static final String SETTING_SIGNED_ANSWERS = "signedAnswersRequired";

  /** The gateway, as the client and the provider describe it. */
  static final GatewayDescriptor DESCRIPTOR = new GatewayDescriptor(PenPayoutClient.PROVIDER_ID, "PEN bank payouts",
      Set.of(Capability.PAYOUTS, Capability.WEBHOOKS), List.of(
          Setting.required("baseUrl", "the gateway's base URL, as the gateway gave it"),
          Setting.required("merchantId", "the merchant id the gateway assigned (MerchantId header)"),
          Setting.required("secret", "the merchant secret the requests are signed with", "secretKey").asSecret(),
          Setting.optional(SETTING_SIGNER, "ruleA (default), hmacSha256 or md5OfBodyPlusSecret, keyed with the secret"),
          Setting.optional(SETTING_CCI_FOR, "comma-separated bank ids whose payouts need cciAccountNo"),
          Setting.optional(SETTING_CCI_EXCEPT, "comma-separated bank ids whose payouts do not need cciAccountNo"),
          Setting.optional(SETTING_LITERAL_IP, "true to send notify URLs whose host is an IP address (default false)"),
          Setting.optional(SETTING_DEFAULT_NOTIFY_URL, "notify URL for requests that carry none"),
          Setting.optional(SETTING_ZONE, "time zone of completionTime (default America/Lima)"),
          Setting.optional(SETTING_NOT_FOUND_CODES, "comma-separated query answer codes that mean no such order"),
          Setting.optional(SETTING_NOT_FOUND_PATTERN, "regular expression of a whole 'no such order' message"),
          Setting.optional(SETTING_GUESSED_STATUSES,
              "true to read the undocumented FAIL/FAILED/CANCELLED... statuses as final (default false)"),
          Setting.optional(SETTING_SIGNED_ANSWERS, "true to refuse answers without a valid Sign header (default false)")));

  private PenGateway() {}
}
