package dev.paysdk.spring.autoconfigure;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Balances;
import dev.paysdk.core.Capability;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PayIns;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.Payout;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Payouts;
import dev.paysdk.core.Page;
import dev.paysdk.core.webhook.WebhookEvent;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.core.webhook.Webhooks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/** A client for tests whose answers are functions. */
final class FakeClient implements PaymentClient {
  private final String id;
  private final Set<Capability> capabilities;
  private final Function<PayoutLookup, Payout> retrieve;
  private final Function<PayInLookup, PayIn> retrievePayIn;
  private final Supplier<List<Balance>> balances;
  private final Function<WebhookRequest, WebhookEvent> verify;
  final AtomicInteger calls = new AtomicInteger();

  private FakeClient(Builder b) {
    this.id = b.id;
    this.capabilities = b.capabilities;
    this.retrieve = b.retrieve;
    this.retrievePayIn = b.retrievePayIn;
    this.balances = b.balances;
    this.verify = b.verify;
  }

  static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public String providerId() {
    return id;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public Payouts payouts() {
    return new Payouts() {
      @Override
      public Payout create(PayoutRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Payout retrieve(PayoutLookup lookup) {
        calls.incrementAndGet();
        return retrieve.apply(lookup);
      }
    };
  }

  @Override
  public PayIns payIns() {
    return new PayIns() {
      @Override
      public PayIn create(PayInRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public PayIn retrieve(PayInLookup lookup) {
        calls.incrementAndGet();
        return retrievePayIn.apply(lookup);
      }

      @Override
      public Page<PayIn> list(PayInQuery query) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Override
  public Balances balances() {
    return () -> {
      calls.incrementAndGet();
      return balances.get();
    };
  }

  @Override
  public Webhooks webhooks() {
    return verify::apply;
  }

  static final class Builder {
    private final String id;
    private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    private Function<PayoutLookup, Payout> retrieve = l -> { throw new UnsupportedOperationException(); };
    private Function<PayInLookup, PayIn> retrievePayIn = l -> { throw new UnsupportedOperationException(); };
    private Supplier<List<Balance>> balances = List::of;
    private Function<WebhookRequest, WebhookEvent> verify = r -> { throw new UnsupportedOperationException(); };

    private Builder(String id) {
      this.id = id;
    }

    Builder payouts(Function<PayoutLookup, Payout> retrieve) {
      capabilities.add(Capability.PAYOUTS);
      this.retrieve = retrieve;
      return this;
    }

    Builder payIns(Function<PayInLookup, PayIn> retrieve) {
      capabilities.add(Capability.PAYINS);
      this.retrievePayIn = retrieve;
      return this;
    }

    Builder balances(Supplier<List<Balance>> balances) {
      capabilities.add(Capability.BALANCES);
      this.balances = balances;
      return this;
    }

    Builder webhooks(Function<WebhookRequest, WebhookEvent> verify) {
      capabilities.add(Capability.WEBHOOKS);
      this.verify = verify;
      return this;
    }

    FakeClient build() {
      return new FakeClient(this);
    }
  }
}
