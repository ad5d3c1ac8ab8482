package dev.paysdk.cli;

import java.util.Locale;

/**
 * The four gateways, with the signing rule each uses (see the provider notes and each module's
 * signing code): INR AgentPay rule A in the {@code sign} parameter; PEN rule A over the JSON body in
 * the {@code Sign} header; Vexora rule C in the {@code sign} field; Hexpay rule B (RSA2) for
 * requests and webhooks, and rule A with the app secret for its MD5-signed answers.
 */
enum Gateway {
  AGENTPAY("agentpay", "inr-agentpay", "INR AgentPay", Rule.A, null, "success"),
  PEN("pen", "payout-pen", "PEN bank payouts", Rule.A, "Sign", "SUCCESS"),
  VEXORA("vexora", "vexora", "Vexora", Rule.C, null, "OK"),
  HEXPAY("hexpay", "hexpay", "Hexpay", Rule.B, null, "SUCCESS");

  /** The name on the command line and in the {@code PAYSDK_<NAME>_*} variables. */
  final String cliName;
  /** The {@code PaymentProvider} id. */
  final String providerId;
  final String displayName;
  /** The rule of requests and webhooks. */
  final Rule rule;
  /** The header that carries the signature, or null when it is the {@code sign} parameter. */
  final String signatureHeader;
  /** The plain-text answer that acknowledges a webhook. */
  final String webhookAck;

  Gateway(String cliName, String providerId, String displayName, Rule rule, String signatureHeader, String webhookAck) {
    this.cliName = cliName;
    this.providerId = providerId;
    this.displayName = displayName;
    this.rule = rule;
    this.signatureHeader = signatureHeader;
    this.webhookAck = webhookAck;
  }

  /**
   * The gateway named {@code agentpay}, {@code pen}, {@code vexora} or {@code hexpay} (any case).
   *
   * @throws BadInputException for another name
   */
  static Gateway named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Gateway g : values()) {
      if (g.cliName.equals(n) || g.providerId.equals(n)) {
        return g;
      }
    }
    throw new BadInputException("--gateway must be agentpay, pen, vexora or hexpay, is '" + name + "'");
  }

  /**
   * The rule for a message of this gateway: its own, except Hexpay, whose MD5-signed answers (a
   * 32-character hex signature) use rule A with the app secret, as does signing without a key.
   */
  Rule ruleFor(String signature, boolean keyGiven, boolean secretGiven) {
    if (this != HEXPAY) {
      return rule;
    }
    if (signature != null) {
      return signature.matches("[0-9A-Fa-f]{32}") ? Rule.A : Rule.B;
    }
    return !keyGiven && secretGiven ? Rule.A : Rule.B;
  }
}
