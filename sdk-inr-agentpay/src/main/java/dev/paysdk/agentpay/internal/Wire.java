package dev.paysdk.agentpay.internal;

import dev.paysdk.agentpay.PayoutApply;
import dev.paysdk.agentpay.PayoutQuery;
import dev.paysdk.core.internal.Json;
import dev.paysdk.core.internal.WireParams;
import dev.paysdk.core.sign.SigningRule;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The gateway's wire names and request bodies: the one place where neutral names
 * ({@code merchantOrderNo}) become wire names ({@code mchOrderNo}). Each request is built once as
 * {@link WireParams}; its signing map is signed and its form text is sent, so the signature covers
 * exactly what travels. Empty texts are left out, as they are left out of the signature.
 */
final class Wire {
  static final String FORM = "application/x-www-form-urlencoded";

  static final String MCH_ID = "mchId";
  static final String MCH_ORDER_NO = "mchOrderNo";
  static final String AGENTPAY_ORDER_ID = "agentpayOrderId";
  static final String AMOUNT = "amount";
  static final String CURRENCY = "currency";
  static final String PHONE_NUMBER = "phoneNumber";
  static final String PAYER_EMAIL = "payerEmail";
  static final String ACCOUNT_NAME = "accountName";
  static final String ACCOUNT_NO = "accountNo";
  static final String ACCOUNT_BANK_CODE = "accountBankCode";
  static final String REMARK = "remark";
  static final String NOTIFY_URL = "notifyUrl";
  static final String EXTRA = "extra";
  static final String REQ_TIME = "reqTime";
  static final String SIGN = "sign";

  static final String RET_CODE = "retCode";
  static final String RET_MSG = "retMsg";
  static final String FEE = "fee";
  static final String STATUS = "status";
  static final String CHANNEL_PAY_NO = "channelPayNo";
  static final String ERROR_MESSAGE = "errorMessage";
  static final String BUS_NO = "busNo";
  static final String FROZEN_AMOUNT = "frozenAmount";
  static final String AVAILABLE_AMOUNT = "availableAmount";
  static final String PENDING_AMOUNT = "pendingAmount";
  static final String UNSETTLED_AMOUNT = "unsettledAmount";

  private static final DateTimeFormatter REQ_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Wire() {}

  /** The signed apply body, fields in the document's order. The request must have passed validation. */
  static WireParams apply(String merchantId, PayoutApply r, SigningRule rule) {
    WireParams params = WireParams.builder()
        .string(MCH_ID, merchantId)
        .string(MCH_ORDER_NO, given(r.merchantOrderNo()))
        .number(AMOUNT, r.amount().toMinorUnits())
        .string(CURRENCY, r.amount().currency())
        .string(PHONE_NUMBER, given(r.phoneNumber()))
        .string(PAYER_EMAIL, given(r.payerEmail()))
        .string(ACCOUNT_NAME, given(r.accountName()))
        .string(ACCOUNT_NO, given(r.accountNo()))
        .string(ACCOUNT_BANK_CODE, given(r.accountBankCode()))
        .string(REMARK, given(r.remark()))
        .string(NOTIFY_URL, given(r.notifyUrl()))
        .string(EXTRA, extra(r.ifscOrVpa()))
        .build();
    return signed(params, rule);
  }

  /** The signed query body, fields in the document's order. */
  static WireParams query(String merchantId, PayoutQuery q, String reqTime, SigningRule rule) {
    WireParams params = WireParams.builder()
        .string(MCH_ID, merchantId)
        .string(AGENTPAY_ORDER_ID, q.agentpayOrderId())
        .string(MCH_ORDER_NO, q.merchantOrderNo())
        .string(REQ_TIME, reqTime)
        .build();
    return signed(params, rule);
  }

  /** The signed balance body. */
  static WireParams balance(String merchantId, String reqTime, SigningRule rule) {
    WireParams params = WireParams.builder().string(MCH_ID, merchantId).string(REQ_TIME, reqTime).build();
    return signed(params, rule);
  }

  /** {@code reqTime}: the clock's instant in {@code zone}, {@code yyyyMMddHHmmss}. */
  static String reqTime(Clock clock, ZoneId zone) {
    return REQ_TIME_FORMAT.format(clock.instant().atZone(zone));
  }

  /** The {@code extra} field: JSON text {@code {"value":"<IFSC or VPA>"}}. */
  static String extra(String ifscOrVpa) {
    String v = given(ifscOrVpa);
    return v == null ? null : Json.write(Map.of("value", v));
  }

  private static WireParams signed(WireParams params, SigningRule rule) {
    return params.with(SIGN, rule.sign(params.signingMap()));
  }

  private static String given(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
