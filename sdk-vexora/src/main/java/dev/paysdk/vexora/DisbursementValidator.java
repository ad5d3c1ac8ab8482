package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.internal.Validation;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks a disbursement before anything is sent; the exchange reports every problem at once. Field
 * names follow the caller's vocabulary: native ({@code mobile}) or neutral ({@code payee.phone}).
 */
final class DisbursementValidator {
  static final BigDecimal MINIMUM = BigDecimal.valueOf(100);

  /** The names fields are reported under. */
  record FieldNames(String merchantOrderNo, String amount, String accountNo, String mobile, String email,
      String firstName, String lastName, String notifyUrl) {
    static final FieldNames NATIVE = new FieldNames("merchantOrderNo", "amount", "accountNo", "mobile", "email",
        "firstName", "lastName", "notifyUrl");
    // the neutral layer checks the account number through its destination check
    static final FieldNames NEUTRAL = new FieldNames("merchantOrderNo", "amount", "destination.accountNumber",
        "payee.phone", "payee.email", "payee.firstName", "payee.lastName", "notifyUrl");
  }

  private final String currency;
  private final Pattern mobilePattern;

  DisbursementValidator(String currency, Pattern mobilePattern) {
    this.currency = currency;
    this.mobilePattern = mobilePattern;
  }

  /**
   * Adds every problem of {@code r} to {@code v}. {@code destinationCheck} replaces the account
   * number check (the neutral layer checks its {@code Destination} instead); null checks
   * {@code accountNo}.
   */
  void check(DisbursementRequest r, FieldNames names, Validation v, Consumer<Validation> destinationCheck) {
    if (v.required(names.merchantOrderNo(), r.merchantOrderNo())) {
      // the gateway's callbacks name the order: one of another shape could never be verified
      v.check(Shape.IDENTIFIER.matches(r.merchantOrderNo()), names.merchantOrderNo(), "must be 1 to 64 ASCII"
          + " letters, digits, '_', '-' or '.', starting with a letter or digit (the gateway's callbacks about"
          + " another shape could not be verified)");
    }
    amount(v, names.amount(), r.amount());
    if (destinationCheck == null) {
      v.required(names.accountNo(), r.accountNo());
    } else {
      destinationCheck.accept(v);
    }
    if (v.required(names.mobile(), r.mobile())) {
      // the client's pattern is the only rule (the default one requires the national 0); the number
      // itself is personal data: the message describes the rule, not the value
      v.check(mobilePattern.matcher(r.mobile()).matches(), names.mobile(), "does not match the mobile number rule "
          + mobilePattern.pattern() + (isDefault(mobilePattern) ? " (a national mobile number: digits only, starting"
              + " with 0, without country code)" : "") + "; " + r.mobile().length() + " characters given");
    }
    if (v.required(names.email(), r.email())) {
      v.email(names.email(), r.email());
    }
    v.required(names.firstName(), r.firstName());
    v.required(names.lastName(), r.lastName());
    if (v.required(names.notifyUrl(), r.notifyUrl())) {
      v.httpUrl(names.notifyUrl(), r.notifyUrl());
    }
  }

  private static boolean isDefault(Pattern p) {
    return p.pattern().equals(VexoraClient.DEFAULT_MOBILE_PATTERN) && p.flags() == 0;
  }

  private void amount(Validation v, String field, Money amount) {
    if (!v.required(field, amount)) {
      return;
    }
    if (!v.check(amount.currency().equals(currency), field, "is in " + amount.currency()
        + ", but this client pays out in " + currency + " (set currency(...) on the builder for another region)")) {
      return;
    }
    if (!v.check(amount.isWholeMajorUnits(), field, "must be a whole number of " + currency + ", got "
        + amount.amount().toPlainString())) {
      return;
    }
    v.check(amount.amount().compareTo(MINIMUM) >= 0, field, "must be at least 100 " + currency + ", got "
        + amount.toPlainString());
  }
}
