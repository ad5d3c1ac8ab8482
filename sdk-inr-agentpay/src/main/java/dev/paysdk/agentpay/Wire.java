package dev.paysdk.agentpay;

import dev.paysdk.core.internal.WireParams;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The gateway's wire names and request parameters: the one place where neutral names
 * ({@code merchantOrderNo}) become wire names ({@code mchOrderNo}). Parameters are built unsigned, in
 * the document's order; {@link AgentPayProtocol#encode} signs exactly the text it sends. Empty texts
 * are left out, as they are left out of the signature. Immutable, thread-safe.
 */
final class Wire {
  static final String FORM = "application/x-www-form-urlencoded";
  static final String INR = "INR";

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

  private final String merchantId;
  private final ZoneId zone;
  private final Clock clock;

  Wire(String merchantId, ZoneId zone, Clock clock) {
    this.merchantId = Objects.requireNonNull(merchantId, "merchantId == null");
    this.zone = Objects.requireNonNull(zone, "zone == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  String merchantId() {
    return merchantId;
  }

  /** The apply's parameters, in the document's order. The request must have passed validation. */
  WireParams apply(PayoutApply r) {
    return WireParams.builder()
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
  }

  /** The query's parameters, in the document's order, with a {@code reqTime} read from the clock now. */
  WireParams query(PayoutQuery q) {
    return WireParams.builder()
        .string(MCH_ID, merchantId)
        .string(AGENTPAY_ORDER_ID, q.agentpayOrderId())
        .string(MCH_ORDER_NO, q.merchantOrderNo())
        .string(REQ_TIME, reqTime())
        .build();
  }

  /** The balance query's parameters, with a {@code reqTime} read from the clock now. */
  WireParams balance() {
    return WireParams.builder().string(MCH_ID, merchantId).string(REQ_TIME, reqTime()).build();
  }

  /** {@code reqTime}: the clock's instant now, in the client's zone, {@code yyyyMMddHHmmss}. */
  String reqTime() {
    return REQ_TIME_FORMAT.format(clock.instant().atZone(zone));
  }

  /** The {@code extra} field: the JSON text {@code {"value":"<IFSC or VPA>"}}, or null. */
  static String extra(String ifscOrVpa) {
    String v = given(ifscOrVpa);
    return v == null ? null : "{\"value\":\"" + jsonEscape(v) + "\"}";
  }

  private static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String given(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
