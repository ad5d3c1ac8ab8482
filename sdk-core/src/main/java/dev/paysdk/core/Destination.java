package dev.paysdk.core;

import dev.paysdk.core.log.Masking;
import java.util.Objects;

/**
 * Where a payout goes. Sealed: a bank account, a UPI address, a crypto wallet or a mobile wallet.
 * Providers accept the kinds they support and reject the others before sending.
 */
public sealed interface Destination
    permits Destination.BankAccount, Destination.Upi, Destination.CryptoWallet, Destination.MobileWallet {

  /** The kind of destination, for routing and error messages. */
  Kind kind();

  /** Destination kinds. */
  enum Kind { BANK_ACCOUNT, UPI, CRYPTO_WALLET, MOBILE_WALLET }

  /** A bank account, with whatever routing data the payout's country uses. */
  static BankAccount.Builder bankAccount(String accountNumber) {
    return BankAccount.builder(accountNumber);
  }

  /** A UPI virtual payment address ({@code name@handle}). */
  static Upi upi(String vpa) {
    return new Upi(vpa);
  }

  /** A crypto wallet address on a network, with an optional tag or memo. */
  static CryptoWallet cryptoWallet(String address, String network, String tag) {
    return new CryptoWallet(address, network, tag);
  }

  /**
   * A bank account.
   *
   * @param accountNumber the account number; never logged or printed in full
   * @param bankCode bank code as the gateway names it (for INR AgentPay always {@code BANK}), or null
   * @param bankId numeric or textual bank id from the gateway's bank list (PEN), or null
   * @param ifsc Indian Financial System Code, or null
   * @param cci Peruvian interbank account code (CCI, 20 digits), or null
   * @param accountType account type as the gateway names it (PEN: its account type code), or null
   */
  record BankAccount(String accountNumber, String bankCode, String bankId, String ifsc, String cci, String accountType)
      implements Destination {
    public BankAccount {
      Objects.requireNonNull(accountNumber, "accountNumber == null");
    }

    public static Builder builder(String accountNumber) {
      return new Builder(accountNumber);
    }

    @Override
    public Kind kind() {
      return Kind.BANK_ACCOUNT;
    }

    @Override
    public String toString() {
      return "BankAccount[accountNumber=" + Masking.maskAccount(accountNumber) + ", bankCode=" + bankCode
          + ", bankId=" + bankId + ", ifsc=" + ifsc + ", cci=" + Masking.maskAccount(cci)
          + ", accountType=" + accountType + "]";
    }

    /** Builder for {@link BankAccount}. */
    public static final class Builder {
      private final String accountNumber;
      private String bankCode;
      private String bankId;
      private String ifsc;
      private String cci;
      private String accountType;

      private Builder(String accountNumber) {
        this.accountNumber = accountNumber;
      }

      public Builder bankCode(String bankCode) {
        this.bankCode = bankCode;
        return this;
      }

      public Builder bankId(String bankId) {
        this.bankId = bankId;
        return this;
      }

      public Builder ifsc(String ifsc) {
        this.ifsc = ifsc;
        return this;
      }

      public Builder cci(String cci) {
        this.cci = cci;
        return this;
      }

      public Builder accountType(String accountType) {
        this.accountType = accountType;
        return this;
      }

      public BankAccount build() {
        return new BankAccount(accountNumber, bankCode, bankId, ifsc, cci, accountType);
      }
    }
  }

  /**
   * A UPI virtual payment address.
   *
   * @param vpa the address, {@code name@handle}
   */
  record Upi(String vpa) implements Destination {
    public Upi {
      Objects.requireNonNull(vpa, "vpa == null");
    }

    @Override
    public Kind kind() {
      return Kind.UPI;
    }

    @Override
    public String toString() {
      return "Upi[vpa=" + Masking.hide(vpa) + "]";
    }
  }

  /**
   * A crypto wallet.
   *
   * @param address the recipient address; masked in {@link #toString()} like an account number
   * @param network the network as the gateway names it ({@code Solana}, {@code Ethereum}...)
   * @param tag address tag or memo, or null
   */
  record CryptoWallet(String address, String network, String tag) implements Destination {
    public CryptoWallet {
      Objects.requireNonNull(address, "address == null");
    }

    @Override
    public Kind kind() {
      return Kind.CRYPTO_WALLET;
    }

    @Override
    public String toString() {
      return "CryptoWallet[address=" + Masking.maskAccount(address) + ", network=" + network
          + ", tag=" + Masking.hide(tag) + "]";
    }
  }

  /**
   * A mobile money wallet.
   *
   * @param walletId the wallet's number or id (often the phone number)
   * @param walletProvider the wallet operator as the gateway names it, or null
   */
  record MobileWallet(String walletId, String walletProvider) implements Destination {
    public MobileWallet {
      Objects.requireNonNull(walletId, "walletId == null");
    }

    @Override
    public Kind kind() {
      return Kind.MOBILE_WALLET;
    }

    @Override
    public String toString() {
      return "MobileWallet[walletId=" + Masking.maskAccount(walletId) + ", walletProvider=" + walletProvider + "]";
    }
  }
}
