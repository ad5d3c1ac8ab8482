package dev.paysdk.testkit.internal.hexpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paysdk.testkit.HexpaySimulator;
import java.math.BigDecimal;
import java.time.Instant;

/** One cashier order, mutable under the gateway's lock. */
final class PayInOrderState {
  static final int CREATED = 0;
  static final int PAYING = 1;
  static final int PAID = 2;
  static final int FAILED = 3;
  static final int CANCELLED = 4;
  static final int CLOSED = 6;

  long sequence;
  String payOrderId;
  String mchOrderNo;
  String amountText;
  BigDecimal amount;
  String currency;
  String network;
  Integer bizCode;
  String mchUserId;
  JsonNode goods;
  String notifyUrl;
  String successUrl;
  String failUrl;
  Instant createdAt;
  Instant expiredAt;
  Instant updatedAt;

  int state = CREATED;
  Instant paySuccessTime;
  Instant cancelTime;
  BigDecimal realPayAmount;
  String realPayCurrency;
  String realNetwork;
  String txHash;
  int settleState;
  String settleCurrency;
  BigDecimal settleAmount;
  BigDecimal mchFeeAmount;
  BigDecimal mchSettleIncome;

  boolean isFinal() {
    return state != CREATED && state != PAYING;
  }

  HexpaySimulator.PayInOrder snapshot() {
    return new HexpaySimulator.PayInOrder(payOrderId, mchOrderNo, amount, currency, network, state, realPayAmount,
        realPayCurrency, realNetwork, mchFeeAmount, mchSettleIncome, notifyUrl, createdAt, paySuccessTime);
  }
}
