package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.log.Masking;

/**
 * A disbursement (payout) to a bank account, with every field of the gateway's request. The
 * {@code timestamp} and {@code sign} fields are set by the SDK. Immutable.
 *
 * <pre>{@code
 * DisbursementRequest request = DisbursementRequest.builder()
 *     .merchantOrderNo(vexora.payouts().newMerchantOrderNo())
 *     .amount(Money.of("100000", "IDR"))
 *     .accountNo("880123456789012345")
 *     .mobile("081234567890")
 *     .email("rizky.pratama@example.com")
 *     .firstName("Rizky")
 *     .lastName("Pratama")
 *     .notifyUrl("https://api.merchant.com/vexora/notify")
 *     .build();
 * }</pre>
 *
 * <p>The builder accepts anything; the client checks every field before sending and reports all
 * problems in one {@link dev.paysdk.core.error.InvalidRequestException}.
 */
public final class DisbursementRequest {
  private final String merchantOrderNo;
  private final Money amount;
  private final String accountNo;
  private final String mobile;
  private final String email;
  private final String firstName;
  private final String lastName;
  private final String notifyUrl;
  private final String remark;

  private DisbursementRequest(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.accountNo = b.accountNo;
    this.mobile = b.mobile;
    this.email = b.email;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.notifyUrl = b.notifyUrl;
    this.remark = b.remark;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().merchantOrderNo(merchantOrderNo).amount(amount).accountNo(accountNo).mobile(mobile)
        .email(email).firstName(firstName).lastName(lastName).notifyUrl(notifyUrl).remark(remark);
  }

  /** The merchant's unique transaction number (wire {@code tradeNo}); the payout's idempotency key. */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** The amount: a whole number of units of the client's currency, at least 100. */
  public Money amount() {
    return amount;
  }

  /** The beneficiary's bank account number (wire {@code accountNo}). */
  public String accountNo() {
    return accountNo;
  }

  /** The beneficiary's mobile number in national form: digits, leading 0, no country code. */
  public String mobile() {
    return mobile;
  }

  /** The beneficiary's email address. */
  public String email() {
    return email;
  }

  /** The beneficiary's actual first name (wire {@code firstname}); must match the mobile number's owner. */
  public String firstName() {
    return firstName;
  }

  /** The beneficiary's actual last name (wire {@code lastname}); must match the mobile number's owner. */
  public String lastName() {
    return lastName;
  }

  /** The absolute http(s) URL the gateway calls back with the result. */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** A remark the gateway returns as is, or null. */
  public String remark() {
    return remark;
  }

  @Override
  public String toString() {
    return "DisbursementRequest[merchantOrderNo=" + merchantOrderNo + ", amount=" + amount + ", accountNo="
        + Masking.maskAccount(accountNo) + ", mobile=" + Masking.hide(mobile) + ", email=" + Masking.hide(email)
        + ", firstName=" + Masking.hide(firstName) + ", lastName=" + Masking.hide(lastName) + ", notifyUrl="
        + notifyUrl + "]";
  }

  /** Builder; every setter accepts null (meaning "not given"), and validation happens on sending. */
  public static final class Builder {
    private String merchantOrderNo;
    private Money amount;
    private String accountNo;
    private String mobile;
    private String email;
    private String firstName;
    private String lastName;
    private String notifyUrl;
    private String remark;

    private Builder() {}

    /** Required. The merchant's unique transaction number, sent as {@code tradeNo}. */
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /** Required. A whole number of units of the client's currency, at least 100. */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /** Required. The beneficiary's bank account number. */
    public Builder accountNo(String accountNo) {
      this.accountNo = accountNo;
      return this;
    }

    /** Required. National mobile number: digits only, leading 0, no country code. */
    public Builder mobile(String mobile) {
      this.mobile = mobile;
      return this;
    }

    /** Required. The beneficiary's email address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Required. The beneficiary's first name. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** Required. The beneficiary's last name. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** Required. Absolute http(s) callback URL. */
    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = notifyUrl;
      return this;
    }

    /** Optional. Returned by the gateway as is. */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /** The request; never throws (validation happens when it is sent). */
    public DisbursementRequest build() {
      return new DisbursementRequest(this);
    }
  }
}
