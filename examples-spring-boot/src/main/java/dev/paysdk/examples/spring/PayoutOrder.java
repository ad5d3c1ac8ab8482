package dev.paysdk.examples.spring;

/**
 * What the shop's own API takes to pay someone: neutral fields, whichever gateway the router picks.
 *
 * @param currency such as INR, PEN or IDR: the router picks the gateway by it
 * @param amount the amount as text, such as {@code 100.00}
 */
public record PayoutOrder(String currency, String amount, String accountNumber, String ifsc, String bankId,
    String accountType, String cci, String name, String firstName, String lastName, String email, String phone,
    String documentType, String documentNumber) {}
