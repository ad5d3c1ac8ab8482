package dev.paysdk.pen;

import dev.paysdk.core.Money;
import dev.paysdk.core.gateway.Shape;
import dev.paysdk.core.internal.Validation;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Every documented rule of a create request, checked before sending. Errors are collected into one
 * {@link Validation}; field names pass through {@code names} so that the neutral API reports its
 * own field names. A field already reported by the neutral mapping (an unreadable bank id, say) is
 * not reported a second time.
 */
final class PenRequestValidator {
  static final int MAX_LENGTH = 32;
  static final int NOTIFY_URL_MAX_LENGTH = 250;
  private static final BigDecimal MIN = new BigDecimal("10.00");
  private static final BigDecimal MAX = new BigDecimal("2000.00");
  private static final Pattern CCI = Pattern.compile("\\d{20}");

  private final Validation v;
  private final UnaryOperator<String> names;
  private final Set<String> alreadyReported;

  PenRequestValidator(Validation v, UnaryOperator<String> names, Set<String> alreadyReported) {
    this.v = v;
    this.names = names;
    this.alreadyReported = alreadyReported;
  }

  /** Checks {@code r}, whose notify URL (its own or the client's default) is {@code notifyUrl}. */
  void check(PenPayoutRequest r, String notifyUrl, PenConfig config) {
    if (required("merchantOrderNo", r.merchantOrderNo()) && maxLength("merchantOrderNo", r.merchantOrderNo(), MAX_LENGTH)
        && !Shape.IDENTIFIER.matches(r.merchantOrderNo())) {
      // the gateway's webhook about an order number of another shape could not be told from a forgery
      add("merchantOrderNo", "may hold only letters, digits, '_', '-' and '.', starting with a letter or digit");
    }
    amount(r.amount());
    required("accountName", r.accountName());
    maxLength("accountName", r.accountName(), MAX_LENGTH);
    required("accountNo", r.accountNo());
    maxLength("accountNo", r.accountNo(), MAX_LENGTH);
    cci(r.cciAccountNo(), r.bankId(), config.cciRule());
    required("accountType", r.accountType());
    required("bankId", r.bankId());
    notifyUrl(notifyUrl, config.literalIpNotifyUrlAllowed());
    required("idType", r.idType());
    maxLength("idType", r.idType(), MAX_LENGTH);
    required("idCard", r.idCard());
    maxLength("idCard", r.idCard(), MAX_LENGTH);
    maxLength("phone", r.phone(), MAX_LENGTH);
    maxLength("email", r.email(), MAX_LENGTH);
    if (present(r.email()) && !alreadyReported.contains("email")) {
      v.email(names.apply("email"), r.email());
    }
    required("remark", r.remark());
    maxLength("remark", r.remark(), MAX_LENGTH);
  }

  private void amount(Money amount) {
    if (!required("amount", amount)) {
      return;
    }
    if (!PenWire.CURRENCY.equals(amount.currency())) {
      add("currency", "is " + amount.currency() + "; the gateway pays out " + PenWire.CURRENCY + " only");
      return;
    }
    BigDecimal value = amount.amount();
    if (Math.max(value.stripTrailingZeros().scale(), 0) > 2) {
      add("amount", value.toPlainString() + " has more than 2 decimals; the gateway takes decimal(20,2)");
    } else if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
      add("amount", value.toPlainString() + " PEN is outside the gateway's range 10.00 to 2000.00");
    }
  }

  private void cci(String cci, Integer bankId, CciRule rule) {
    if (present(cci)) {
      if (maxLength("cciAccountNo", cci, MAX_LENGTH) && !CCI.matcher(cci).matches()) {
        add("cciAccountNo", "must be exactly 20 digits");
      }
    } else if (rule.requires(bankId)) {
      add("cciAccountNo", "is required for bank id " + bankId + " (the client is configured to need a CCI for it)");
    }
  }

  private void notifyUrl(String url, boolean literalIpAllowed) {
    if (!required("notifyUrl", url) || !maxLength("notifyUrl", url, NOTIFY_URL_MAX_LENGTH)) {
      return;
    }
    if (!Validation.isHttpUrl(url)) {
      add("notifyUrl", "is not an absolute http or https URL; the gateway calls only http or https");
    } else if (!literalIpAllowed && Validation.hasLiteralIpHost(url)) {
      add("notifyUrl", "names an IP address; the gateway asks for a public domain name instead "
          + "(literalIpNotifyUrlAllowed(true) on the client builder sends it anyway)");
    }
  }

  private boolean required(String field, Object value) {
    if (alreadyReported.contains(field)) {
      return false;
    }
    return v.required(names.apply(field), value);
  }

  private boolean maxLength(String field, String value, int max) {
    return alreadyReported.contains(field) || v.maxLength(names.apply(field), value, max);
  }

  private void add(String field, String message) {
    if (!alreadyReported.contains(field)) {
      v.add(names.apply(field), message);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
