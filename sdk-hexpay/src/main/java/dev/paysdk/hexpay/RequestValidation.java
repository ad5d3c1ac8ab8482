package dev.paysdk.hexpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInStatus;
import dev.paysdk.core.internal.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The document's limits, checked before anything is sent. Every error is collected; field names
 * pass through {@code name} so the neutral API can report its own names.
 */
final class RequestValidation {
  static final List<String> PAYOUT_CURRENCIES = List.of("USDT", "USDC");
  private static final int MAX_DECIMALS = 6;
  private static final int MAX_INTEGER_DIGITS = 14; // decimal(20,6)

  private RequestValidation() {}

  static void cashierOrder(CashierOrder o, Validation v, UnaryOperator<String> name, boolean tronEnabled) {
    if (v.required(name.apply("merchantOrderNo"), o.merchantOrderNo())) {
      v.maxLength(name.apply("merchantOrderNo"), o.merchantOrderNo(), 64);
    }
    if (amount(v, name.apply("amount"), o.amount())) {
      v.maxLength(name.apply("amount"), o.amount().currency(), 10);
    }
    v.maxLength(name.apply("defaultCurrency"), o.defaultCurrency(), 10);
    if (!hasError(v, name.apply("network"))) {
      network(v, name.apply("network"), o.network(), tronEnabled);
    }
    if (v.required(name.apply("merchantUserId"), o.merchantUserId())) {
      v.maxLength(name.apply("merchantUserId"), o.merchantUserId(), 32);
    }
    if (v.required(name.apply("goods"), o.goods())) {
      v.required(name.apply("goods.name"), o.goods().name());
      v.required(name.apply("goods.detail"), o.goods().detail());
      v.required(name.apply("goods.type"), o.goods().type());
    }
    url(v, name.apply("notifyUrl"), o.notifyUrl());
    url(v, name.apply("successUrl"), o.successUrl());
    url(v, name.apply("failUrl"), o.failUrl());
    v.maxLength(name.apply("clientIp"), o.clientIp(), 32);
  }

  static void tradeQuery(PayInLookup lookup, Validation v) {
    v.maxLength("providerOrderNo", lookup.providerOrderNo(), 30);
    v.maxLength("merchantOrderNo", lookup.merchantOrderNo(), 64);
  }

  static void orderList(OrderListQuery q, Validation v, UnaryOperator<String> name) {
    v.check(q.state() != PayInStatus.UNKNOWN, name.apply("state"),
        "UNKNOWN is not a gateway state and cannot filter the list");
    v.check(q.settleState() != SettleState.UNKNOWN, name.apply("settleState"),
        "UNKNOWN is not a gateway settle state and cannot filter the list");
    v.check(q.page() == null || q.page() >= 1, name.apply("page"), "must be 1 or more");
    v.check(q.pageSize() == null || q.pageSize() >= 1, name.apply("pageSize"), "must be 1 or more");
    v.check(q.createdFrom() == null || q.createdTo() == null || !q.createdFrom().isAfter(q.createdTo()),
        name.apply("createdFrom"), "is after createdTo");
  }

  static void balanceCurrency(String currency, Validation v) {
    v.check(currency == null || PAYOUT_CURRENCIES.contains(currency), "currency",
        Validation.quoted(currency) + " is not a balance currency (USDT or USDC)");
  }

  static void batchUpload(BatchPayoutUpload u, Validation v, boolean tronEnabled) {
    List<BatchPayoutRecord> records = u.records();
    v.check(!records.isEmpty(), "records", "a batch needs at least one record");
    for (int i = 0; i < records.size(); i++) {
      BatchPayoutRecord r = records.get(i);
      if (r != null && isValidRecord(r, tronEnabled)) {
        continue; // nothing to report: no field name or message is built for it
      }
      String prefix = "records[" + i + "]";
      if (r == null) {
        v.add(prefix, "is null");
        continue;
      }
      v.required(prefix + ".recipientAddress", r.recipientAddress());
      if (amount(v, prefix + ".amount", r.amount())) {
        v.check(PAYOUT_CURRENCIES.contains(r.amount().currency()), prefix + ".amount",
            "currency " + r.amount().currency() + " cannot be paid out (USDT or USDC)");
      }
      network(v, prefix + ".network", r.network(), tronEnabled);
    }
    v.maxLength("purpose", u.purpose(), 256);
  }

  /**
   * True when {@code r} passes every check of {@link #batchUpload} (the checks below, without their
   * messages); a record it calls invalid is checked again by those, which name the errors.
   */
  private static boolean isValidRecord(BatchPayoutRecord r, boolean tronEnabled) {
    String address = r.recipientAddress();
    Money amount = r.amount();
    HexpayNetwork network = r.network();
    return address != null && !address.isBlank()
        && amount != null && isSendableAmount(amount.amount()) && PAYOUT_CURRENCIES.contains(amount.currency())
        && network != null && (network != HexpayNetwork.TRON || tronEnabled);
  }

  /** Positive, at most 6 decimals and at most 14 digits before the point: what {@link #amount} accepts. */
  private static boolean isSendableAmount(BigDecimal a) {
    if (a.signum() <= 0) {
      return false;
    }
    // precision - scale does not change when trailing zeros are stripped; the scale only shrinks
    int integerDigits = Math.max(a.precision() - a.scale(), 0);
    boolean fewDecimals = a.scale() <= MAX_DECIMALS || a.stripTrailingZeros().scale() <= MAX_DECIMALS;
    return fewDecimals && integerDigits <= MAX_INTEGER_DIGITS;
  }

  static void batchNo(String batchNo, Validation v) {
    if (v.required("batchNo", batchNo)) {
      v.maxLength("batchNo", batchNo, 64);
    }
  }

  /** Required, positive, at most 6 decimals and at most 20 digits in all; returns whether it passed. */
  static boolean amount(Validation v, String field, Money amount) {
    if (!v.required(field, amount)) {
      return false;
    }
    BigDecimal a = amount.amount();
    if (!v.check(a.signum() > 0, field, "must be positive, is " + a.toPlainString())) {
      return false;
    }
    BigDecimal stripped = a.stripTrailingZeros();
    int decimals = Math.max(stripped.scale(), 0);
    int integerDigits = Math.max(stripped.precision() - stripped.scale(), 0);
    boolean ok = v.check(decimals <= MAX_DECIMALS, field,
        amount + " has " + decimals + " decimals, at most " + MAX_DECIMALS + " allowed");
    return v.check(integerDigits <= MAX_INTEGER_DIGITS, field, amount + " has " + integerDigits
        + " digits before the decimal point; at most 20 digits in all, 6 of them decimals, are allowed") && ok;
  }

  private static void network(Validation v, String field, HexpayNetwork network, boolean tronEnabled) {
    if (v.required(field, network)) {
      v.check(network != HexpayNetwork.TRON || tronEnabled, field, "Tron is under maintenance at the gateway: "
          + "choose another network, or build the client with tronNetworkEnabled(true) once the gateway has it back");
    }
  }

  private static void url(Validation v, String field, String value) {
    if (v.maxLength(field, value, 256)) {
      v.httpUrl(field, value);
    }
  }

  private static boolean hasError(Validation v, String field) {
    return v.errors().stream().anyMatch(e -> e.field().equals(field));
  }
}
