package dev.paysdk.testkit.internal.hexpay;

import dev.paysdk.core.sign.Signers;
import dev.paysdk.core.sign.SigningRule;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.SimulatorOptions;
import dev.paysdk.testkit.internal.WebhookDispatcher;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What the parts of the Hexpay simulator share: credentials, rules, timing, the lock, the ledger. */
final class HexpayContext {
  /** Guards every order, batch and balance of the simulator. */
  final Object lock = new Object();
  final String mchNo;
  final String appId;
  final String appSecret;
  final String mchName;
  /** Rule B, verifying with the merchant's public key. */
  final SigningRule merchantRule;
  /** Rule B, signing with the platform's private key. */
  final SigningRule platformRule;
  /** Rule A with the app secret. */
  final SigningRule md5Rule;
  final SimulatorOptions options;
  final Faults faults;
  final BiConsumer<Duration, Runnable> later;
  final Consumer<WebhookDispatcher.Webhook> deliver;
  final Supplier<String> baseUrl;
  final HexpayLedger ledger = new HexpayLedger();
  volatile HexpaySimulator.WebhookSigning webhookSigning;
  volatile String defaultNotifyUrl;

  HexpayContext(HexpayGateway.Setup s, PublicKey merchantPublic, PrivateKey platformPrivate) {
    this.mchNo = s.mchNo();
    this.appId = s.appId();
    this.appSecret = s.appSecret();
    this.mchName = s.mchName();
    this.merchantRule = Signers.rsa2(null, merchantPublic);
    this.platformRule = Signers.rsa2(platformPrivate, null);
    this.md5Rule = Signers.md5SortedFragments(s.appSecret());
    this.options = s.options();
    this.faults = s.faults();
    this.later = s.later();
    this.deliver = s.deliver();
    this.baseUrl = s.baseUrl();
    this.webhookSigning = s.webhookSigning();
  }
}
