package dev.paysdk.core;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
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
 * Payout p = router.payouts().create(request);   // goes to the client of its currency
 * Payout q = router.client("vexora").payouts().create(other);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class PaymentRouter {
  private final List<Route> routes;
  private final Map<String, PaymentClient> clients;

  private PaymentRouter(Builder b) {
    this.routes = List.copyOf(b.routes);
    this.clients = Map.copyOf(b.clients);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client registered under {@code providerId}.
   *
   * @throws InvalidRequestException naming the known provider ids when there is none
   */
  public PaymentClient client(String providerId) {
    PaymentClient c = clients.get(providerId);
    if (c == null) {
      throw new InvalidRequestException(ErrorContext.of("router", "route"),
          List.of(new FieldError("providerId", "no client for provider '" + providerId + "'; known: "
              + clients.keySet().stream().sorted().collect(Collectors.joining(", ")))));
    }
    return c;
  }

  /**
   * The client the first matching route names for {@code request}.
   *
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

  /** Payouts that go to the routed client for each create, and to the client of the lookup's route otherwise. */
  public Payouts payouts() {
    return new Payouts() {
      @Override
      public Payout create(PayoutRequest request) {
        return route(request).payouts().create(request);
      }

      /**
       * A lookup carries no currency, so it cannot be routed by rule: this asks each distinct
       * payout-capable client in route order and returns the first that knows the order.
       */
      @Override
      public Payout retrieve(PayoutLookup lookup) {
        dev.paysdk.core.error.OrderNotFoundException last = null;
        for (PaymentClient c : distinctClients()) {
          if (!c.supports(Capability.PAYOUTS)) {
            continue;
          }
          try {
            return c.payouts().retrieve(lookup);
          } catch (dev.paysdk.core.error.OrderNotFoundException e) {
            last = e;
          }
        }
        if (last != null) {
          throw last;
        }
        throw new InvalidRequestException(ErrorContext.of("router", "payout.retrieve", lookup.merchantOrderNo()),
            List.of(new FieldError("route", "no payout-capable client is routed")));
      }
    };
  }

  /** The routes, in order. */
  public List<Route> routes() {
    return routes;
  }

  private List<PaymentClient> distinctClients() {
    List<PaymentClient> out = new ArrayList<>();
    for (Route r : routes) {
      if (!out.contains(r.client())) {
        out.add(r.client());
      }
    }
    return out;
  }

  /**
   * One routing rule.
   *
   * @param description how the rule reads in messages, such as {@code currency INR -> inr-agentpay}
   * @param predicate which requests it accepts
   * @param client where they go
   */
  public record Route(String description, Predicate<PayoutRequest> predicate, PaymentClient client) {
    public Route {
      Objects.requireNonNull(description, "description == null");
      Objects.requireNonNull(predicate, "predicate == null");
      Objects.requireNonNull(client, "client == null");
    }

    boolean matches(PayoutRequest r) {
      return predicate.test(r);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** Builder; routes are tried in the order they are added. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, PaymentClient> clients = new LinkedHashMap<>();

    private Builder() {}

    /** Registers a client under its provider id, without a routing rule (for {@link #client(String)}). */
    public Builder client(PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      clients.put(client.providerId(), client);
      return this;
    }

    /** Payouts in {@code currency} go to {@code client}. */
    public Builder routeCurrency(String currency, PaymentClient client) {
      Objects.requireNonNull(currency, "currency == null");
      return route("currency " + currency + " -> " + client.providerId(),
          r -> r.amount() != null && currency.equals(r.amount().currency()), client);
    }

    /** Payouts to a destination of {@code kind} go to {@code client}. */
    public Builder routeDestination(Destination.Kind kind, PaymentClient client) {
      Objects.requireNonNull(kind, "kind == null");
      return route("destination " + kind + " -> " + client.providerId(),
          r -> r.destination() != null && r.destination().kind() == kind, client);
    }

    /** Payouts in {@code currency} to a destination of {@code kind} go to {@code client}. */
    public Builder routeCurrencyAndDestination(String currency, Destination.Kind kind, PaymentClient client) {
      return route("currency " + currency + " and destination " + kind + " -> " + client.providerId(),
          r -> r.amount() != null && currency.equals(r.amount().currency())
              && r.destination() != null && r.destination().kind() == kind, client);
    }

    /** A custom rule; {@code description} is how it reads in error messages. */
    public Builder route(String description, Predicate<PayoutRequest> predicate, PaymentClient client) {
      Objects.requireNonNull(client, "client == null");
      routes.add(new Route(description, predicate, client));
      clients.putIfAbsent(client.providerId(), client);
      return this;
    }

    public PaymentRouter build() {
      return new PaymentRouter(this);
    }
  }
}
