package dev.paysdk.pen;

import dev.paysdk.core.Destination;
import dev.paysdk.core.IdentityDocument;
import dev.paysdk.core.Payee;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.gateway.GatewayText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Neutral payouts to and from the gateway's own types. */
final class NeutralMapping {
  /** Native field name to the neutral field the caller set. */
  private static final Map<String, String> NEUTRAL_NAMES = Map.ofEntries(
      Map.entry("currency", "amount.currency"),
      Map.entry("accountName", "payee.name"),
      Map.entry("accountNo", "destination.accountNumber"),
      Map.entry("cciAccountNo", "destination.cci"),
      Map.entry("accountType", "destination.accountType"),
      Map.entry("bankId", "destination.bankId"),
      Map.entry("idType", "payee.identityDocument.type"),
      Map.entry("idCard", "payee.identityDocument.number"),
      Map.entry("phone", "payee.phone"),
      Map.entry("email", "payee.email"));

  private NeutralMapping() {}

  /**
   * A neutral request mapped onto the gateway's.
   *
   * @param request the gateway request
   * @param problems what only the neutral shape can get wrong (no bank account, no identity document,
   *     a bank id that is not a number), with neutral field names, in the order found
   * @param reported the native fields those problems are about, so the native validation does not
   *     report them again
   */
  record Mapped(PenPayoutRequest request, List<FieldError> problems, Set<String> reported) {}

  /** The neutral name of a native field; unchanged when both layers share it. */
  static String neutralName(String nativeField) {
    return NEUTRAL_NAMES.getOrDefault(nativeField, nativeField);
  }

  /** The gateway request for a neutral one, with the problems of its neutral shape. */
  static Mapped toPen(PayoutRequest request) {
    List<FieldError> problems = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    Payee payee = request.payee();
    PenPayoutRequest.Builder b = PenPayoutRequest.builder()
        .merchantOrderNo(request.merchantOrderNo())
        .amount(request.amount())
        .notifyUrl(request.notifyUrl())
        // the gateway requires a remark and the neutral model makes it optional: the order number is
        // the one value that is always there and means something to the merchant
        .remark(isBlank(request.remark()) ? request.merchantOrderNo() : request.remark());
    if (payee != null) {
      b.accountName(payee.name()).phone(payee.phone()).email(payee.email());
    }
    IdentityDocument id = payee == null ? null : payee.identityDocument();
    if (id == null) {
      problems.add(new FieldError("payee.identityDocument",
          "is required: the gateway needs the payee's document type and number"));
      reported.addAll(Set.of("idType", "idCard"));
    } else {
      b.idType(id.type()).idCard(id.number());
    }
    Destination destination = request.destination();
    if (destination instanceof Destination.BankAccount account) {
      b.accountNo(account.accountNumber())
          .cciAccountNo(account.cci())
          .accountType(integer("accountType", account.accountType(), problems, reported))
          .bankId(integer("bankId", account.bankId(), problems, reported));
    } else {
      problems.add(new FieldError("destination", destination == null ? "is required: a bank account"
          : "is a " + destination.kind() + "; the gateway pays out to bank accounts only"));
      reported.addAll(Set.of("accountNo", "cciAccountNo", "accountType", "bankId"));
    }
    return new Mapped(b.build(), List.copyOf(problems), Set.copyOf(reported));
  }

  /** The neutral payout for a create answer. */
  static Payout toPayout(PenPayoutResult result, PenPayoutRequest sent, String rawResponse) {
    return Payout.builder()
        .providerId(PenPayoutClient.PROVIDER_ID)
        .merchantOrderNo(result.merchantOrderNo() != null ? result.merchantOrderNo() : sent.merchantOrderNo())
        .providerOrderNo(result.orderNo())
        .amount(result.amount() != null ? result.amount() : sent.amount())
        .fee(result.fee())
        .status(result.status())
        .rawStatus(result.orderStatus())
        .rawResponse(rawResponse)
        .build();
  }

  /** The neutral payout for a query answer. */
  static Payout toPayout(PenPayoutDetails d, String askedMerchantOrderNo, String rawResponse) {
    return Payout.builder()
        .providerId(PenPayoutClient.PROVIDER_ID)
        .merchantOrderNo(d.merchantOrderNo() != null ? d.merchantOrderNo() : askedMerchantOrderNo)
        .providerOrderNo(d.orderNo())
        .amount(d.amount())
        .fee(d.fee())
        .status(d.status())
        .rawStatus(d.orderStatus())
        .failureReason(failureReason(d))
        .completedAt(d.completedAt())
        .rawResponse(rawResponse)
        .build();
  }

  /**
   * The gateway's {@code resultDesc} as the reason of a FAILED payout, and only then: the gateway
   * also sends it in other states ("SUCCESS" beside PAYING), where it is no reason for anything. A
   * failed payout's "SUCCESS" (the description of the request, not of the payout) is no reason either.
   * The text is the gateway's: it is made safe ({@link GatewayText#sanitize}) before it is kept.
   */
  static String failureReason(PenPayoutDetails d) {
    if (d.status() != PayoutStatus.FAILED || isBlank(d.resultDesc())
        || PenAnswer.SUCCESS.equalsIgnoreCase(d.resultDesc().strip())) {
      return null;
    }
    return GatewayText.sanitize(d.resultDesc(), List.of());
  }

  private static Integer integer(String field, String text, List<FieldError> problems, Set<String> reported) {
    if (isBlank(text)) {
      return null;
    }
    try {
      String t = text.strip();
      if (!t.matches("[+-]?[0-9]{1,9}")) { // Integer.valueOf reads "２" (full-width) as 2
        throw new NumberFormatException();
      }
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      problems.add(new FieldError(neutralName(field),
          dev.paysdk.core.internal.Validation.quoted(text) + " is not a whole number; the gateway's " + field
              + " is an integer code"));
      reported.add(field);
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
