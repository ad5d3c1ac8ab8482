package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.internal.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The gateway's rules for a payout apply, checked before anything is sent; every broken rule is
 * reported at once. Field names in the errors come from a {@link FieldNames} table, so a call
 * through the neutral API names the neutral fields.
 */
final class ApplyValidator {
  static final int MAX_ORDER_NO = 30;
  private static final Pattern PHONE = Pattern.compile("^[6-9][0-9]{9}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{2,}@[^@\\s]+\\.[^@\\s]+$");
  static final Pattern IFSC = Pattern.compile("^[A-Z]{4}0[A-Z0-9]{6}$");
  static final Pattern VPA = Pattern.compile("^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$");

  private ApplyValidator() {}

  /** What the IFSC/VPA field may hold. */
  enum RoutingRule { IFSC_OR_VPA, IFSC, VPA }

  /**
   * The name of each checked field as the caller knows it. A null {@code accountNo} or
   * {@code ifscOrVpa} skips that check (the neutral request's destination was already rejected).
   *
   * @param routingRule what {@code ifscOrVpa} must be
   */
  record FieldNames(String merchantOrderNo, String amount, String currency, String phoneNumber, String payerEmail,
      String accountName, String accountNo, String accountBankCode, String ifscOrVpa, String notifyUrl,
      RoutingRule routingRule) {

    /** Names of {@link PayoutApply}'s properties. */
    static final FieldNames NATIVE = new FieldNames("merchantOrderNo", "amount", "currency", "phoneNumber",
        "payerEmail", "accountName", "accountNo", "accountBankCode", "ifscOrVpa", "notifyUrl", RoutingRule.IFSC_OR_VPA);

    /** Names of a neutral payout request to a bank account. */
    static final FieldNames NEUTRAL_BANK = new FieldNames("merchantOrderNo", "amount", "amount", "payee.phone",
        "payee.email", "payee.name", "destination.accountNumber", "destination.bankCode", "destination.ifsc",
        "notifyUrl", RoutingRule.IFSC);

    /** Names of a neutral payout request to a UPI address (whose VPA is both account and routing value). */
    static final FieldNames NEUTRAL_UPI = new FieldNames("merchantOrderNo", "amount", "amount", "payee.phone",
        "payee.email", "payee.name", "destination.vpa", "destination.bankCode", "destination.vpa",
        "notifyUrl", RoutingRule.VPA);

    /** Names of a neutral payout request whose destination is missing or of a kind the gateway cannot pay. */
    static final FieldNames NEUTRAL_NO_DESTINATION = new FieldNames("merchantOrderNo", "amount", "amount",
        "payee.phone", "payee.email", "payee.name", null, "destination.bankCode", null, "notifyUrl", RoutingRule.IFSC);
  }

  /**
   * Checks {@code r}, adding to {@code v} every broken rule.
   */
  static void check(PayoutApply r, FieldNames n, Validation v) {
    if (v.required(n.merchantOrderNo(), r.merchantOrderNo())
        && v.maxLength(n.merchantOrderNo(), r.merchantOrderNo(), MAX_ORDER_NO)) {
      // the callback's mchOrderNo is trusted only in this shape: another order number's callbacks could never verify
      v.check(Shape.IDENTIFIER.matches(r.merchantOrderNo()), n.merchantOrderNo(),
          "may hold only letters, digits, '_', '-' and '.', starting with a letter or digit (the shape a callback's"
              + " order number must have to be trusted)");
    }
    checkAmount(r.amount(), n, v);
    String phone = given(r.phoneNumber());
    if (phone != null) {
      v.check(PHONE.matcher(phone).matches(), n.phoneNumber(), "must be 10 digits starting with 6, 7, 8 or 9");
    }
    String email = given(r.payerEmail());
    if (email != null) {
      v.check(EMAIL.matcher(email).matches(), n.payerEmail(),
          "is not a valid email address (at least 2 characters before '@' and a '.' after it)");
    }
    String name = given(r.accountName());
    if (name != null && name.isBlank()) {
      v.add(n.accountName(), "is blank");
    } else if (name != null) {
      int len = name.codePointCount(0, name.length());
      v.check(len >= 2 && len <= 48, n.accountName(), "is " + len + " characters long, 2 to 48 allowed");
      v.plainText(n.accountName(), name);
    }
    if (n.accountNo() != null) {
      v.required(n.accountNo(), given(r.accountNo()));
    }
    v.check(PayoutApply.BANK_CODE.equals(r.accountBankCode()), n.accountBankCode(),
        "must be " + PayoutApply.BANK_CODE + (r.accountBankCode() == null ? "" : ", not '" + r.accountBankCode() + "'"));
    if (n.ifscOrVpa() != null) {
      checkRouting(given(r.ifscOrVpa()), n, v);
    }
    String notifyUrl = given(r.notifyUrl());
    if (v.required(n.notifyUrl(), notifyUrl) && v.httpUrl(n.notifyUrl(), notifyUrl)) {
      checkNotifyUrlHasNoQueryOrFragment(notifyUrl, n, v);
    }
  }

  /**
   * The gateway appends its callback parameters to the notify URL as a query string, and a callback
   * is verified over every parameter of the query string: a query of the merchant's own would be
   * counted in and no callback could ever verify; after a fragment, the parameters would never reach
   * the merchant's server at all. The URL itself is not repeated in the error: its query may carry
   * a token.
   */
  private static void checkNotifyUrlHasNoQueryOrFragment(String notifyUrl, FieldNames n, Validation v) {
    URI uri;
    try {
      uri = new URI(notifyUrl);
    } catch (URISyntaxException e) {
      return; // already reported as not an http(s) URL
    }
    if (uri.getRawQuery() != null) {
      v.add(n.notifyUrl(), "must not have a query string ('?...'): the gateway appends its callback parameters to"
          + " the notify URL and the callback's signature covers every query parameter, so a callback to this URL"
          + " could never be verified; carry the value in a path segment instead (for example"
          + " https://merchant.example/hooks/agentpay/<tenant> rather than .../agentpay?tenant=<tenant>)");
    }
    if (uri.getRawFragment() != null) {
      v.add(n.notifyUrl(), "must not have a fragment ('#...'): the gateway appends its callback parameters to"
          + " the notify URL, where after a fragment they would never reach the server; carry the value in a path"
          + " segment instead");
    }
  }

  private static void checkAmount(Money amount, FieldNames n, Validation v) {
    if (!v.required(n.amount(), amount)) {
      return;
    }
    if (!v.check("INR".equals(amount.currency()), n.currency(),
        "currency is " + amount.currency() + ", the gateway pays out INR only")) {
      return;
    }
    if (!v.check(amount.amount().signum() > 0, n.amount(), "amount " + amount + " is not positive")) {
      return;
    }
    long paise;
    try {
      paise = amount.toMinorUnits();
    } catch (InvalidRequestException e) {
      // Money says which: a fraction of a paisa, or more paise than the gateway's integer holds
      v.add(n.amount(), e.errors().isEmpty() ? "amount " + amount + " cannot be sent in paise"
          : e.errors().get(0).message().replace("minor units", "paise"));
      return;
    }
    v.check(paise % 100 == 0, n.amount(),
        "amount " + amount + " is not a whole number of rupees (the gateway takes multiples of 100 paise)");
  }

  private static void checkRouting(String value, FieldNames n, Validation v) {
    if (value == null) {
      if (!n.ifscOrVpa().equals(n.accountNo()) || !v.errors().stream().anyMatch(e -> e.field().equals(n.ifscOrVpa()))) {
        v.add(n.ifscOrVpa(), "is required");
      }
      return;
    }
    switch (n.routingRule()) {
      case IFSC:
        v.check(IFSC.matcher(value).matches(), n.ifscOrVpa(),
            "is not a valid IFSC (4 capital letters, 0, then 6 capital letters or digits)");
        break;
      case VPA:
        v.check(VPA.matcher(value).matches(), n.ifscOrVpa(), "is not a valid VPA (name@handle)");
        break;
      default:
        v.check(IFSC.matcher(value).matches() || VPA.matcher(value).matches(), n.ifscOrVpa(),
            "is neither a valid IFSC (4 capital letters, 0, then 6 capital letters or digits) nor a VPA (name@handle)");
    }
  }

  private static String given(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
