package dev.paysdk.core;

import dev.paysdk.core.log.Masking;

/**
 * The person or company that receives a payout. Every field is optional here; each provider
 * validates the ones it needs and names the missing neutral field.
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().name(name).firstName(firstName).lastName(lastName).email(email).phone(phone)
        .identityDocument(identityDocument);
  }

  /** Full name as the bank account holder's name; if absent, first and last name joined. */
  public String name() {
    if (name != null) {
      return name;
    }
    if (firstName != null && lastName != null) {
      return firstName + " " + lastName;
    }
    return firstName != null ? firstName : lastName;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String email() {
    return email;
  }

  /** Phone number as the gateway expects it (national form for most gateways). */
  public String phone() {
    return phone;
  }

  public IdentityDocument identityDocument() {
    return identityDocument;
  }

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

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    public Builder identityDocument(IdentityDocument identityDocument) {
      this.identityDocument = identityDocument;
      return this;
    }

    public Builder identityDocument(String type, String number) {
      this.identityDocument = new IdentityDocument(type, number);
      return this;
    }

    public Payee build() {
      return new Payee(this);
    }
  }
}
