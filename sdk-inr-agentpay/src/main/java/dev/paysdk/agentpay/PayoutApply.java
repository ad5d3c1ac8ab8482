package dev.paysdk.agentpay;

import dev.paysdk.core.Money;
import dev.paysdk.core.log.Masking;

/**
 * A payout order as the gateway's apply operation takes it ({@code POST /api/agentpay/apply}).
 * Every documented field is here; the merchant id comes from the client. Immutable.
 *
 * <pre>{@code
 * PayoutApply apply = PayoutApply.builder()
 *     .merchantOrderNo("202503110001")
 *     .amount(Money.of("100", "INR"))             // sent as 10000 paise
 *     .accountName("Asha Verma")
 *     .accountNo("123456789012")
 *     .ifscOrVpa("HDFC0001234")                   // sent as extra={"value":"HDFC0001234"}
 *     .notifyUrl("https://merchant.example/hooks/agentpay")
 *     .build();
 * }</pre>
 *
 * <p>Nothing is checked when the object is built: {@link AgentPayPayouts#apply} checks every
 * field and reports every problem at once, before anything is sent. An empty text counts as not
 * given.
 */
public final class PayoutApply {
  /** The only bank code the gateway accepts. */
  public static final String BANK_CODE = "BANK";

  private final String merchantOrderNo;
  private final Money amount;
  private final String phoneNumber;
  private final String payerEmail;
  private final String accountName;
  private final String accountNo;
  private final String accountBankCode;
  private final String ifscOrVpa;
  private final String notifyUrl;
  private final String remark;

  private PayoutApply(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.phoneNumber = b.phoneNumber;
    this.payerEmail = b.payerEmail;
    this.accountName = b.accountName;
    this.accountNo = b.accountNo;
    this.accountBankCode = b.accountBankCode;
    this.ifscOrVpa = b.ifscOrVpa;
    this.notifyUrl = b.notifyUrl;
    this.remark = b.remark;
  }

  /** A new builder; {@code accountBankCode} starts as {@link #BANK_CODE}, everything else unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().merchantOrderNo(merchantOrderNo).amount(amount).phoneNumber(phoneNumber)
        .payerEmail(payerEmail).accountName(accountName).accountNo(accountNo).accountBankCode(accountBankCode)
        .ifscOrVpa(ifscOrVpa).notifyUrl(notifyUrl).remark(remark);
  }

  /**
   * The merchant's order number (wire {@code mchOrderNo}): at most 30 letters, digits, {@code _ - .},
   * starting with a letter or digit (the shape in which a callback's order number is trusted); the
   * payout's idempotency key.
   */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** The amount (wire {@code amount} in paise, and {@code currency}); INR, a whole number of rupees. */
  public Money amount() {
    return amount;
  }

  /** The payee's phone number (wire {@code phoneNumber}): 10 digits starting with 6-9, or null. */
  public String phoneNumber() {
    return phoneNumber;
  }

  /** The payee's email (wire {@code payerEmail}), or null. */
  public String payerEmail() {
    return payerEmail;
  }

  /** The account holder's name (wire {@code accountName}), 2-48 characters, or null. */
  public String accountName() {
    return accountName;
  }

  /** The recipient's account number (wire {@code accountNo}). Required. */
  public String accountNo() {
    return accountNo;
  }

  /** The bank code (wire {@code accountBankCode}); the gateway accepts only {@link #BANK_CODE}. */
  public String accountBankCode() {
    return accountBankCode;
  }

  /**
   * The IFSC of a bank account or the VPA of a UPI address. Sent as the wire field {@code extra}
   * holding the JSON text {@code {"value":"<this value>"}}. Required.
   */
  public String ifscOrVpa() {
    return ifscOrVpa;
  }

  /**
   * The URL the gateway posts the payout's result to (wire {@code notifyUrl}). Required: an
   * absolute http(s) URL without a query string or fragment, because the gateway appends its
   * callback parameters to it and the callback's signature covers every query parameter (a query
   * of your own would make every callback fail verification). To tell tenants or accounts apart,
   * use a path segment: {@code https://merchant.example/hooks/agentpay/tenant-7}.
   */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** A free remark (wire {@code remark}), or null. */
  public String remark() {
    return remark;
  }

  @Override
  public String toString() {
    return "PayoutApply[merchantOrderNo=" + merchantOrderNo + ", amount=" + amount + ", phoneNumber="
        + Masking.hide(phoneNumber) + ", payerEmail=" + Masking.hide(payerEmail) + ", accountName="
        + Masking.hide(accountName) + ", accountNo=" + Masking.maskAccount(accountNo) + ", accountBankCode="
        + accountBankCode + ", ifscOrVpa=" + Masking.hide(ifscOrVpa) + ", notifyUrl=" + notifyUrl + "]";
  }

  /** Builder. Every setter accepts null, meaning "not given". */
  public static final class Builder {
    private String merchantOrderNo;
    private Money amount;
    private String phoneNumber;
    private String payerEmail;
    private String accountName;
    private String accountNo;
    private String accountBankCode = BANK_CODE;
    private String ifscOrVpa;
    private String notifyUrl;
    private String remark;

    private Builder() {}

    /** See {@link PayoutApply#merchantOrderNo()}. */
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /** See {@link PayoutApply#amount()}. */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /** See {@link PayoutApply#phoneNumber()}. */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /** See {@link PayoutApply#payerEmail()}. */
    public Builder payerEmail(String payerEmail) {
      this.payerEmail = payerEmail;
      return this;
    }

    /** See {@link PayoutApply#accountName()}. */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      return this;
    }

    /** See {@link PayoutApply#accountNo()}. */
    public Builder accountNo(String accountNo) {
      this.accountNo = accountNo;
      return this;
    }

    /** See {@link PayoutApply#accountBankCode()}. Default {@link PayoutApply#BANK_CODE}. */
    public Builder accountBankCode(String accountBankCode) {
      this.accountBankCode = accountBankCode;
      return this;
    }

    /** See {@link PayoutApply#ifscOrVpa()}. */
    public Builder ifscOrVpa(String ifscOrVpa) {
      this.ifscOrVpa = ifscOrVpa;
      return this;
    }

    /** See {@link PayoutApply#notifyUrl()}. */
    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = notifyUrl;
      return this;
    }

    /** See {@link PayoutApply#remark()}. */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /** The request; never throws (validation happens when it is applied). */
    public PayoutApply build() {
      return new PayoutApply(this);
    }
  }
}
