package dev.paysdk.vexora;

import dev.paysdk.core.Capability;
import dev.paysdk.core.gateway.Exchange;
import dev.paysdk.core.gateway.GatewayClient;
import dev.paysdk.core.gateway.GatewayDescriptor;
import dev.paysdk.core.gateway.GatewayDescriptor.Setting;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.observe.PaySdkObserver;
import java.util.List;
import java.util.Set;

/**
 * The client: one exchange (and so one transport) shared by its sub-APIs, closed with the client.
 * Immutable and thread-safe.
 */
final class DefaultVexoraClient extends GatewayClient implements VexoraClient {
  /** What Vexora is, shared by the client and {@link VexoraPaymentProvider}. */
  static final GatewayDescriptor DESCRIPTOR = new GatewayDescriptor(PROVIDER_ID, "Vexora",
      Set.of(Capability.PAYOUTS, Capability.BALANCES, Capability.WEBHOOKS), List.of(
          Setting.required("baseUrl", "The base URL the gateway gave, with its region path, such as"
              + " https://gateway.example/indonesia"),
          Setting.required("merchantId", "The merchant number the gateway issued (sent in the merchantNo header)",
              "merchantNo"),
          Setting.required("secret", "The app secret: the salt of rule C signatures", "appSecret").asSecret(),
          Setting.optional("currency", "The currency of the merchant's region; default " + DEFAULT_CURRENCY),
          Setting.optional("amountFormat", "TWO_DECIMALS (default, \"100.00\") or WHOLE_NUMBER (\"100\")"),
          Setting.optional("mobilePattern", "The rule a mobile number must match; default " + DEFAULT_MOBILE_PATTERN),
          Setting.optional("unsignedWebhooks", "REJECT (default) or CONFIRM_BY_QUERY"),
          Setting.optional("requireSignedResponses", "true (default) or false: whether answers must be signed"),
          Setting.optional("orderNotFoundPattern", "The rule that reads a rejected query as 'the order does not"
              + " exist'; default PaySDK's strict rule", "orderNotFoundMessage")));

  private final VexoraConfig config;
  private final DefaultVexoraDisbursements disbursements;
  private final DefaultVexoraBalances balances;
  private final DefaultVexoraWebhooks webhooks;

  private DefaultVexoraClient(VexoraConfig config, Exchange<VexoraAnswer> exchange, PaySdkObserver observer) {
    super(DESCRIPTOR, exchange);
    this.config = config;
    VexoraOperations operations = VexoraOperations.of(config.requireSignedResponses());
    this.disbursements = new DefaultVexoraDisbursements(exchange, config, operations);
    this.balances = new DefaultVexoraBalances(exchange, config, operations);
    this.webhooks = new DefaultVexoraWebhooks(config, observer, disbursements);
  }

  /** A client whose exchange builds its transport from {@code http} (unless it carries a shared one). */
  static DefaultVexoraClient create(VexoraConfig config, HttpOptions http, PaySdkObserver observer) {
    VexoraProtocol protocol = new VexoraProtocol(config.merchantNo(), config.signingRule(),
        config.orderNotFoundPattern());
    return new DefaultVexoraClient(config, Exchange.create(protocol, config.baseUrl(), http, observer), observer);
  }

  @Override
  public VexoraDisbursements payouts() {
    return disbursements;
  }

  @Override
  public VexoraBalances balances() {
    return balances;
  }

  @Override
  public VexoraWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public String currency() {
    return config.currency();
  }

  @Override
  public String toString() {
    return "VexoraClient[" + config + "]";
  }
}
