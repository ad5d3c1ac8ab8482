package dev.paysdk.core;

import dev.paysdk.core.log.Masking;
import java.util.Objects;

/**
 * Where a payout goes. Sealed: a bank account, a UPI address, a crypto wallet or a mobile wallet.
 * Providers accept the kinds they support and reject the others before sending.
 */
public sealed interface Destination
    permits Destination.BankAccount, Destination.Upi, Destination.CryptoWallet, Destination.MobileWallet {

  /** {@return the kind of destination, for routing and error messages} */
  Kind kind();

  /** Destination kinds. */
  enum Kind {
    /** {@link BankAccount}. */
    BANK_ACCOUNT,
    /** {@link Upi}. */
    UPI,
    /** {@link CryptoWallet}. */
    CRYPTO_WALLET,
    /** {@link MobileWallet}. */
    MOBILE_WALLET
  }

  /**
   * A bank account, with whatever routing data the payout's country uses.
   *
   * @param accountNumber the account number; never logged or printed in full
   * @return a builder for the rest of the account's data
   * @throws NullPointerException at {@code build()} when the account number is null
   */
  static BankAccount.Builder bankAccount(String accountNumber) {
    return BankAccount.builder(accountNumber);
  }

  /**
   * A UPI virtual payment address.
   *
   * @param vpa the address, {@code name@handle}
   * @return the destination
   * @throws NullPointerException when the address is null
   */
  static Upi upi(String vpa) {
    return new Upi(vpa);
  }

  /**
   * A crypto wallet address on a network, with an optional tag or memo.
   *
   * @param address the recipient address
   * @param network the network as the gateway names it ({@code Solana}, {@code Ethereum}...), or null
   * @param tag address tag or memo, or null
   * @return the destination
   * @throws NullPointerException when the address is null
   */
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
    /**
     * A bank account.
     *
     * @param accountNumber the account number
     * @param bankCode bank code, or null
     * @param bankId bank id, or null
     * @param ifsc IFSC, or null
     * @param cci CCI, or null
     * @param accountType account type, or null
     * @throws NullPointerException when the account number is null
     */
    public BankAccount {
      Objects.requireNonNull(accountNumber, "accountNumber == null");
    }

    /**
     * A builder for a bank account.
     *
     * @param accountNumber the account number
     * @return the builder; every other field defaults to null
     */
    public static Builder builder(String accountNumber) {
      return new Builder(accountNumber);
    }

    /** {@return {@link Kind#BANK_ACCOUNT}} */
    @Override
    public Kind kind() {
      return Kind.BANK_ACCOUNT;
    }

    /** {@return the account's fields, the account number and CCI masked to their last 4 characters} */
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

      /**
       * The bank code as the gateway names it (INR AgentPay: {@code BANK}, which is also what it sends
       * when none is given). Default null.
       *
       * @param bankCode the code, or null
       * @return this builder
       */
      public Builder bankCode(String bankCode) {
        this.bankCode = bankCode;
        return this;
      }

      /**
       * The bank id from the gateway's bank list (PEN). Default null.
       *
       * @param bankId the id, or null
       * @return this builder
       */
      public Builder bankId(String bankId) {
        this.bankId = bankId;
        return this;
      }

      /**
       * The Indian Financial System Code of the branch (INR). Default null.
       *
       * @param ifsc the code, such as {@code HDFC0001234}, or null
       * @return this builder
       */
      public Builder ifsc(String ifsc) {
        this.ifsc = ifsc;
        return this;
      }

      /**
       * The Peruvian interbank account code, 20 digits (PEN). Default null.
       *
       * @param cci the code, or null
       * @return this builder
       */
      public Builder cci(String cci) {
        this.cci = cci;
        return this;
      }

      /**
       * The account type as the gateway names it (PEN: its account type code). Default null.
       *
       * @param accountType the type, or null
       * @return this builder
       */
      public Builder accountType(String accountType) {
        this.accountType = accountType;
        return this;
      }

      /**
       * The bank account.
       *
       * @return a new bank account
       * @throws NullPointerException when the account number given to the builder was null
       */
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
    /**
     * A UPI address.
     *
     * @param vpa the address
     * @throws NullPointerException when it is null
     */
    public Upi {
      Objects.requireNonNull(vpa, "vpa == null");
    }

    /** {@return {@link Kind#UPI}} */
    @Override
    public Kind kind() {
      return Kind.UPI;
    }

    /** {@return the destination with its address hidden} */
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
    /**
     * A crypto wallet.
     *
     * @param address the recipient address
     * @param network the network, or null
     * @param tag the tag or memo, or null
     * @throws NullPointerException when the address is null
     */
    public CryptoWallet {
      Objects.requireNonNull(address, "address == null");
    }

    /** {@return {@link Kind#CRYPTO_WALLET}} */
    @Override
    public Kind kind() {
      return Kind.CRYPTO_WALLET;
    }

    /** {@return the wallet with its address masked to the last 4 characters and its tag hidden} */
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
    /**
     * A mobile wallet.
     *
     * @param walletId the wallet's number or id
     * @param walletProvider the operator, or null
     * @throws NullPointerException when the wallet id is null
     */
    public MobileWallet {
      Objects.requireNonNull(walletId, "walletId == null");
    }

    /** {@return {@link Kind#MOBILE_WALLET}} */
    @Override
    public Kind kind() {
      return Kind.MOBILE_WALLET;
    }

    /** {@return the wallet with its id masked to the last 4 characters} */
    @Override
    public String toString() {
      return "MobileWallet[walletId=" + Masking.maskAccount(walletId) + ", walletProvider=" + walletProvider + "]";
    }
  }
}
