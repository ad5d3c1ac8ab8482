package dev.paysdk.core;

import dev.paysdk.core.log.Masking;

/**
 * The person or company that receives a payout. Every field is optional here; each provider
 * validates the ones it needs and names the missing neutral field ({@code payee.phone}...).
 * Immutable; {@link #toString()} hides every personal value.
 */
public final class Payee {
  private final String name;
  private final String firstName;
  private final String lastName;
  private final String email;
  private final String phone;
  private final IdentityDocument identityDocument;

  private Payee(Builder b) {
    this.name = b.name;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.email = b.email;
    this.phone = b.phone;
    this.identityDocument = b.identityDocument;
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this payee's values} */
  public Builder toBuilder() {
    return new Builder().name(name).firstName(firstName).lastName(lastName).email(email).phone(phone)
        .identityDocument(identityDocument);
  }

  /**
   * {@return the full name as the account holder's name; when not given, the first and last name
   * joined with a space, or whichever of them is given; null when none is}
   */
  public String name() {
    if (name != null) {
      return name;
    }
    if (firstName != null && lastName != null) {
      return firstName + " " + lastName;
    }
    return firstName != null ? firstName : lastName;
  }

  /** {@return the first (given) name, or null} */
  public String firstName() {
    return firstName;
  }

  /** {@return the last (family) name, or null} */
  public String lastName() {
    return lastName;
  }

  /** {@return the email address, or null} */
  public String email() {
    return email;
  }

  /** {@return the phone number as the gateway expects it (national form for most gateways), or null} */
  public String phone() {
    return phone;
  }

  /** {@return the identity document, or null} */
  public IdentityDocument identityDocument() {
    return identityDocument;
  }

  /** {@return the payee with every personal value hidden} */
  @Override
  public String toString() {
    return "Payee[name=" + Masking.hide(name()) + ", email=" + Masking.hide(email) + ", phone=" + Masking.hide(phone)
        + ", identityDocument=" + identityDocument + "]";
  }

  /** Builder; every setter accepts null (meaning "not given"). */
  public static final class Builder {
    private String name;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private IdentityDocument identityDocument;

    private Builder() {}

    /**
     * The full name, as the account holder's name. Default null (the first and last name are used).
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The first (given) name. Default null.
     *
     * @param firstName the name, or null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * The last (family) name. Default null.
     *
     * @param lastName the name, or null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * The email address. Default null.
     *
     * @param email the address, or null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * The phone number, as the gateway expects it. Default null.
     *
     * @param phone the number, or null
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * The identity document. Default null.
     *
     * @param identityDocument the document, or null
     * @return this builder
     */
    public Builder identityDocument(IdentityDocument identityDocument) {
      this.identityDocument = identityDocument;
      return this;
    }

    /**
     * The identity document, by type and number.
     *
     * @param type the document type as the gateway names it, such as {@code DNI}
     * @param number the document number
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder identityDocument(String type, String number) {
      this.identityDocument = new IdentityDocument(type, number);
      return this;
    }

    /** {@return a new payee} */
    public Payee build() {
      return new Payee(this);
    }
  }
}
