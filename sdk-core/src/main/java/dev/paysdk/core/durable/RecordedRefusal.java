package dev.paysdk.core.durable;

import dev.paysdk.core.error.AuthenticationException;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.InsufficientBalanceException;
import dev.paysdk.core.error.ProviderException;
import java.util.Objects;

/**
 * A gateway's refusal of a payout, as the journal keeps it, so that a later create of the same
 * merchant order number answers the same refusal without sending.
 *
 * @param kind {@link #AUTHENTICATION}, {@link #INSUFFICIENT_BALANCE} or {@link #REFUSED}
 * @param providerCode the gateway's code, or null
 * @param providerMessage the gateway's message, or null
 * @param httpStatus the HTTP status of the refusal
 */
public record RecordedRefusal(String kind, String providerCode, String providerMessage, int httpStatus) {
  /** Kind of an {@link AuthenticationException}. */
  public static final String AUTHENTICATION = "authentication";
  /** Kind of an {@link InsufficientBalanceException}. */
  public static final String INSUFFICIENT_BALANCE = "insufficient-balance";
  /** Kind of any other {@link ProviderException}. */
  public static final String REFUSED = "refused";

  public RecordedRefusal {
    Objects.requireNonNull(kind, "kind == null");
  }

  /** The refusal of {@code e}. */
  public static RecordedRefusal of(ProviderException e) {
    String kind = e instanceof AuthenticationException ? AUTHENTICATION
        : e instanceof InsufficientBalanceException ? INSUFFICIENT_BALANCE : REFUSED;
    return new RecordedRefusal(kind, e.providerCode(), e.providerMessage(), e.httpStatus());
  }

  /** The exception to throw again for it, of the same type as the original refusal. */
  public ProviderException toException(ErrorContext context) {
    return switch (kind) {
      case AUTHENTICATION -> new AuthenticationException(context, providerCode, providerMessage, httpStatus);
      case INSUFFICIENT_BALANCE -> new InsufficientBalanceException(context, providerCode, providerMessage, httpStatus);
      default -> new ProviderException(context, providerCode, providerMessage, httpStatus);
    };
  }
}
