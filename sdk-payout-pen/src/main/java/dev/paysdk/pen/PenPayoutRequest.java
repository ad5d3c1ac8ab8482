package dev.paysdk.pen;

import dev.paysdk.core.Money;
import dev.paysdk.core.log.Masking;

/**
 * A payout order as the gateway's create call takes it, every documented field typed. The SDK adds
 * the currency (from {@link #amount()}) and a fresh {@code nonceStr} to each request.
 *
 * <pre>{@code
 * PenPayoutRequest request = PenPayoutRequest.builder()
 *     .merchantOrderNo("P123456")
 *     .amount(Money.of("100.00", "PEN"))
 *     .accountName("John")
 *     .accountNo("1914567890123")
 *     .cciAccountNo("00219400254640654321")
 *     .accountType(1)
 *     .bankId(2)
 *     .idType("DNI")
 *     .idCard("45678912")
 *     .notifyUrl("https://merchant.example/hooks/pen")
 *     .remark("invoice 42")
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Nothing is checked when building: the client checks every rule before sending and
 * reports every failed rule at once.
 */
public final class PenPayoutRequest {
  private final String merchantOrderNo;
  private final Money amount;
  private final String accountName;
  private final String accountNo;
  private final String cciAccountNo;
  private final Integer accountType;
  private final Integer bankId;
  private final String notifyUrl;
  private final String idType;
  private final String idCard;
  private final String phone;
  private final String email;
  private final String remark;

  private PenPayoutRequest(Builder b) {
    this.merchantOrderNo = b.merchantOrderNo;
    this.amount = b.amount;
    this.accountName = b.accountName;
    this.accountNo = b.accountNo;
    this.cciAccountNo = b.cciAccountNo;
    this.accountType = b.accountType;
    this.bankId = b.bankId;
    this.notifyUrl = b.notifyUrl;
    this.idType = b.idType;
    this.idCard = b.idCard;
    this.phone = b.phone;
    this.email = b.email;
    this.remark = b.remark;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().merchantOrderNo(merchantOrderNo).amount(amount).accountName(accountName)
        .accountNo(accountNo).cciAccountNo(cciAccountNo).accountType(accountType).bankId(bankId)
        .notifyUrl(notifyUrl).idType(idType).idCard(idCard).phone(phone).email(email).remark(remark);
  }

  /** The merchant's order number, the payout's idempotency key (wire {@code mchOrderNo}, at most 32). */
  public String merchantOrderNo() {
    return merchantOrderNo;
  }

  /** Amount and currency (PEN, 10.00 to 2000.00, at most 2 decimals). */
  public Money amount() {
    return amount;
  }

  /** Beneficiary name (at most 32). */
  public String accountName() {
    return accountName;
  }

  /** Beneficiary bank account number (at most 32). */
  public String accountNo() {
    return accountNo;
  }

  /** Beneficiary CCI, 20 digits, or null. */
  public String cciAccountNo() {
    return cciAccountNo;
  }

  /** Account type code from the gateway's account type list. */
  public Integer accountType() {
    return accountType;
  }

  /** Bank id from the gateway's bank list. */
  public Integer bankId() {
    return bankId;
  }

  /** Webhook address (http or https, at most 250), or null to use the client's default. */
  public String notifyUrl() {
    return notifyUrl;
  }

  /** Payee identity document type from the gateway's list (at most 32). */
  public String idType() {
    return idType;
  }

  /** Payee identity document number (at most 32). */
  public String idCard() {
    return idCard;
  }

  /** Beneficiary phone number (at most 32), or null. */
  public String phone() {
    return phone;
  }

  /** Beneficiary email (at most 32), or null. */
  public String email() {
    return email;
  }

  /** Order remark (required by the gateway, at most 32). */
  public String remark() {
    return remark;
  }

  @Override
  public String toString() {
    return "PenPayoutRequest[merchantOrderNo=" + merchantOrderNo + ", amount=" + amount + ", accountName="
        + Masking.hide(accountName) + ", accountNo=" + Masking.maskAccount(accountNo) + ", cciAccountNo="
        + Masking.maskAccount(cciAccountNo) + ", accountType=" + accountType + ", bankId=" + bankId
        + ", notifyUrl=" + notifyUrl + ", idType=" + idType + ", idCard=" + Masking.maskAccount(idCard)
        + ", phone=" + Masking.hide(phone) + ", email=" + Masking.hide(email) + ", remark=" + remark + "]";
  }

  /** Builder; every setter accepts null, meaning "not given". */
  public static final class Builder {
    private String merchantOrderNo;
    private Money amount;
    private String accountName;
    private String accountNo;
    private String cciAccountNo;
    private Integer accountType;
    private Integer bankId;
    private String notifyUrl;
    private String idType;
    private String idCard;
    private String phone;
    private String email;
    private String remark;

    private Builder() {}

    /** Required: the merchant's order number. */
    public Builder merchantOrderNo(String merchantOrderNo) {
      this.merchantOrderNo = merchantOrderNo;
      return this;
    }

    /** Required: amount in PEN. */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /** Required: beneficiary name. */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      return this;
    }

    /** Required: beneficiary account number. */
    public Builder accountNo(String accountNo) {
      this.accountNo = accountNo;
      return this;
    }

    /** Beneficiary CCI; required for the banks the client is configured to need it for. */
    public Builder cciAccountNo(String cciAccountNo) {
      this.cciAccountNo = cciAccountNo;
      return this;
    }

    /** Required: account type code. */
    public Builder accountType(Integer accountType) {
      this.accountType = accountType;
      return this;
    }

    /** Required: bank id. */
    public Builder bankId(Integer bankId) {
      this.bankId = bankId;
      return this;
    }

    /** Webhook address; required unless the client has a default notify URL. */
    public Builder notifyUrl(String notifyUrl) {
      this.notifyUrl = notifyUrl;
      return this;
    }

    /** Required: identity document type. */
    public Builder idType(String idType) {
      this.idType = idType;
      return this;
    }

    /** Required: identity document number. */
    public Builder idCard(String idCard) {
      this.idCard = idCard;
      return this;
    }

    /** Optional beneficiary phone. */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** Optional beneficiary email. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Required: order remark. */
    public Builder remark(String remark) {
      this.remark = remark;
      return this;
    }

    /** The request; never throws (the client validates before sending). */
    public PenPayoutRequest build() {
      return new PenPayoutRequest(this);
    }
  }
}
