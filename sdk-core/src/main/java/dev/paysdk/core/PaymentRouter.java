package dev.paysdk.core;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import dev.paysdk.core.webhook.Webhooks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends neutral requests to the right provider client by rule: currency, destination kind, or an
 * explicit provider id. Rules are tried in the order they were added; the first that accepts the
 * request wins. A request no rule accepts fails with a message listing the routes.
 *
 * <pre>{@code
 * PaymentRouter router = PaymentRouter.builder()
 *     .routeCurrency("INR", agentPay)
 *     .routeCurrency("PEN", pen)
 *     .routeDestination(Destination.Kind.CRYPTO_WALLET, hexpay)
 *     .build();
 * Payout p = router.payouts().create(request);        // goes to the client of its currency
 * Payout q = router.payouts("vexora").create(other);  // or to the client a provider id names
 * }</pre>
 *
 * <p><b>Lookups and reconciliation go to one gateway, never to all.</b> A lookup carries no
 * currency, so {@link #payouts()} sends {@code retrieve} and {@code reconcile} to the client that
 * owns the payout, found in this order: the lookup's {@linkplain PayoutLookup#providerId() provider
 * id}; the route this router gave the payout's create (it remembers the most recent
 * {@linkplain Builder#rememberedRoutes(int) 10,000} merchant order numbers it routed); the only
 * payout client, when there is one. Otherwise the call fails at once with
 * {@link InvalidRequestException} saying how to name the gateway; no gateway is asked. A slow or
 * failing gateway therefore never delays another's lookups. {@code reconcile} runs the owning
 * client's own {@code reconcile}, with the {@link Reconciler} that client was built with. After a
 * restart, name the gateway: {@link #payouts(String)}, {@link PayoutLookup#withProviderId}, the
 * {@link dev.paysdk.core.error.PaymentException#providerId() providerId} an
 * {@link dev.paysdk.core.error.OutcomeUnknownException} carries, or {@link #reconcile(PayoutRequest)}
 * with the request itself (routed again by the same rules).
 *
 * <p>Pay-ins, balances and webhooks are reached by provider id: {@link #payIns(String)},
 * {@link #balances(String)}, {@link #webhooks(String)}.
 *
 * <p>Thread-safe. The routes and clients are fixed at build; only the memory of routed merchant
 * order numbers changes.
 */
public final class PaymentRouter {
  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final List<Route> routes;
  private final Map<String, PaymentClient> clients;
  private final RouteMemory memory;

  private PaymentRouter(Builder b) {
    this.routes = List.copyOf(b.routes);
    this.clients = Map.copyOf(b.clients);
    this.memory = new RouteMemory(b.rememberedRoutes);
  }

  /**
   * A builder with no routes and no clients.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client registered under {@code providerId}, by a route or by {@link Builder#client}.
   *
   * @param providerId a provider id, such as {@code payout-pen}
   * @return the client
   * @throws InvalidRequestException naming the known provider ids when there is none (the unknown id
   *     is repeated only when it is a plain identifier, since it may come from an inbound URL)
   */
  public PaymentClient client(String providerId) {
    PaymentClient c = providerId == null ? null : clients.get(providerId);
    if (c == null) {
      String shown = providerId != null && PLAIN_ID.matcher(providerId).matches()
          ? "'" + providerId + "'" : "(an id that is not a plain identifier)";
      throw new InvalidRequestException(ErrorContext.of("router", "route"),
          List.of(new FieldError("providerId", "no client for provider " + shown + "; known: "
              + clients.keySet().stream().sorted().collect(Collectors.joining(", ")))));
    }
    return c;
  }

  /**
   * The client the first matching route names for {@code request}.
   *
   * @param request the payout request
   * @return the client
   * @throws NullPointerException when the request is null
   * @throws InvalidRequestException listing the routes when none accepts the request
   */
  public PaymentClient route(PayoutRequest request) {
    Objects.requireNonNull(request, "request == null");
    for (Route r : routes) {
      if (r.matches(request)) {
        return r.client();
      }
    }
    String amount = request.amount() == null ? "no amount" : request.amount().currency();
    String kind = request.destination() == null ? "no destination" : request.destination().kind().toString();
    throw new InvalidRequestException(ErrorContext.of("router", "route", request.merchantOrderNo()),
        List.of(new FieldError("route", "no route accepts a payout in " + amount + " to " + kind + "; routes: "
            + (routes.isEmpty() ? "(none)" : routes.stream().map(Route::toString).collect(Collectors.joining("; "))))));
  }

  /**
   * Payouts across the routed clients: {@code create} goes to the client the rules choose;
   * {@code retrieve} and {@code reconcile} go to the one client that owns the payout, as the class
   * documentation describes, and never to the others.
   *
   * @return the routed payouts; {@code retrieve} and {@code reconcile} throw
   *     {@link InvalidRequestException} when the owning gateway cannot be told
   */
  public Payouts payouts() {
    return new RoutedPayouts(this);
  }

  /**
   * The payouts of the client registered under {@code providerId}, with that client's own
   * {@code reconcile}.
   *
   * @param providerId a provider id, such as {@code payout-pen}
   * @return the client's payouts
   * @throws InvalidRequestException when no client has that id
   * @throws UnsupportedOperationException when that provider does not pay out
   */
  public Payouts payouts(String providerId) {
    return client(providerId).payouts();
  }

  /**
   * The pay-ins of the client registered under {@code providerId}.
   *
   * @param providerId a provider id, such as {@code hexpay}
   * @return the client's pay-ins
   * @throws InvalidRequestException when no client has that id
   * @throws UnsupportedOperationException when that provider does not collect
   */
  public PayIns payIns(String providerId) {
    return client(providerId).payIns();
  }

  /**
   * The balances of the client registered under {@code providerId}.
   *
   * @param providerId a provider id
   * @return the client's balances
   * @throws InvalidRequestException when no client has that id
   * @throws UnsupportedOperationException when that provider has no balance query
   */
  public Balances balances(String providerId) {
    return client(providerId).balances();
  }

  /**
   * The webhook verification of the client registered under {@code providerId}, for an endpoint
   * per gateway such as {@code /webhooks/{providerId}}.
   *
   * @param providerId a provider id, such as {@code inr-agentpay}
   * @return the client's webhooks
   * @throws InvalidRequestException when no client has that id (the id is named only when it is a
   *     plain identifier)
   * @throws UnsupportedOperationException when that provider sends no webhooks
   */
  public Webhooks webhooks(String providerId) {
    return client(providerId).webhooks();
  }

  /**
   * Reconciles a payout by the route its request takes: the request is routed again by the same
   * rules, and the chosen client's own {@code reconcile} runs with its merchant order number. Works
   * after a restart, when this router no longer remembers the route.
   *
   * @param request the request whose create ended in an unknown outcome
   * @return what the owning gateway reports
   * @throws NullPointerException when the request is null
   * @throws InvalidRequestException when no route accepts the request
   * @throws dev.paysdk.core.error.OutcomeUnknownException when the gateway could not tell within the
   *     client's reconciler's {@code maxWait}
   */
  public Reconciliation reconcile(PayoutRequest request) {
    return route(request).payouts().reconcile(request.merchantOrderNo());
  }

  /** {@return the routes, in the order they are tried; unmodifiable} */
  public List<Route> routes() {
    return routes;
  }

  /** Records the route of a create, so that its lookups go to the same client. */
  void remember(String merchantOrderNo, PaymentClient client) {
    memory.put(merchantOrderNo, client.providerId());
  }

  /**
   * The client that owns the payout {@code lookup} names.
   *
   * @throws InvalidRequestException when it cannot be told, naming the ways to say it
   */
  PaymentClient owner(PayoutLookup lookup, String operation) {
    if (lookup.providerId() != null) {
      return client(lookup.providerId());
    }
    String remembered = lookup.merchantOrderNo() == null ? null : memory.get(lookup.merchantOrderNo());
    if (remembered != null) {
      return client(remembered);
    }
    List<PaymentClient> payoutClients = clients.values().stream().filter(c -> c.supports(Capability.PAYOUTS))
        .toList();
    if (payoutClients.size() == 1) {
      return payoutClients.get(0);
    }
    String ids = payoutClients.stream().map(PaymentClient::providerId).sorted().collect(Collectors.joining(", "));
    throw new InvalidRequestException(ErrorContext.of("router", operation, lookup.merchantOrderNo()),
        List.of(new FieldError("providerId", "the router cannot tell which gateway holds this payout (it did not"
            + " route its create, or has forgotten it); name the gateway, one of [" + ids + "]:"
            + " PayoutLookup.withProviderId(id), router.payouts(id), or router.reconcile(request); nothing was sent")));
  }

  /**
   * One routing rule.
   *
   * @param description how the rule reads in messages, such as {@code currency INR -> inr-agentpay}
   * @param predicate which requests it accepts
   * @param client where they go
   */
  public record Route(String description, Predicate<PayoutRequest> predicate, PaymentClient client) {
    /**
     * A rule.
     *
     * @param description how the rule reads in messages
     * @param predicate which requests it accepts
     * @param client where they go
     * @throws NullPointerException when any part is null
     */
    public Route {
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(predicate, "predicate == null");
      Objects.requireNonNull(client, "client == null");
    }

    boolean matches(PayoutRequest r) {
      return predicate.test(r);
    }

    /** The description. */
    @Override
    public String toString() {
      return description;
    }
  }

  /** Builder; routes are tried in the order they are added. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, PaymentClient> clients = new LinkedHashMap<>();
    private int rememberedRoutes = RouteMemory.DEFAULT_CAPACITY;

    private Builder() {}

    /**
     * Registers a client under its provider id, without a routing rule (for {@link #client(String)}
     * and the by-provider-id methods).
     *
     * @param client the client
     * @return this builder
     * @throws NullPointerException when the client is null
     */
    public Builder client(PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      clients.put(client.providerId(), client);
      return this;
    }

    /**
     * Payouts in {@code currency} go to {@code client}.
     *
     * @param currency a currency code such as {@code INR}
     * @param client the client
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder routeCurrency(String currency, PaymentClient client) {
      Objects.requireNonNull(currency, "currency == null");
      Objects.requireNonNull(client, "client == null");
      return route("currency " + currency + " -> " + client.providerId(),
          r -> r.amount() != null && currency.equals(r.amount().currency()), client);
    }

    /**
     * Payouts to a destination of {@code kind} go to {@code client}.
     *
     * @param kind the destination kind
     * @param client the client
     * @return this builder
     * @throws NullPointerException when either is null
     */
    public Builder routeDestination(Destination.Kind kind, PaymentClient client) {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(client, "client == null");
      return route("destination " + kind + " -> " + client.providerId(),
          r -> r.destination() != null && r.destination().kind() == kind, client);
    }

    /**
     * Payouts in {@code currency} to a destination of {@code kind} go to {@code client}.
     *
     * @param currency a currency code
     * @param kind the destination kind
     * @param client the client
     * @return this builder
     * @throws NullPointerException when any is null
     */
    public Builder routeCurrencyAndDestination(String currency, Destination.Kind kind, PaymentClient client) {
      Objects.requireNonNull(currency, "currency == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(client, "client == null");
      return route("currency " + currency + " and destination " + kind + " -> " + client.providerId(),
          r -> r.amount() != null && currency.equals(r.amount().currency())
              && r.destination() != null && r.destination().kind() == kind, client);
    }

    /**
     * A custom rule.
     *
     * @param description how the rule reads in error messages
     * @param predicate which requests it accepts
     * @param client where they go
     * @return this builder
     * @throws NullPointerException when any is null
     */
    public Builder route(String description, Predicate<PayoutRequest> predicate, PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      routes.add(new Route(description, predicate, client));
      clients.putIfAbsent(client.providerId(), client);
      return this;
    }

    /**
     * How many merchant order numbers the router remembers the route of, most recent first, so that
     * their lookups and reconciliation go to the same client. Default 10,000; 0 remembers none
     * (every lookup then needs a provider id, unless there is only one payout client).
     *
     * @param count the number of routes to remember
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder rememberedRoutes(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("rememberedRoutes must be >= 0: " + count);
      }
      this.rememberedRoutes = count;
      return this;
    }

    /**
     * The router.
     *
     * @return a new router with the routes and clients added so far
     */
    public PaymentRouter build() {
      return new PaymentRouter(this);
    }
  }
}
