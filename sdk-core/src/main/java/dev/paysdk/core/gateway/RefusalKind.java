package dev.paysdk.core.gateway;

/** What a gateway's refusal says, as far as its code and message tell. */
public enum RefusalKind {
  /** Any other business refusal: {@link dev.paysdk.core.error.ProviderException}. */
  GENERIC,
  /** Wrong merchant id, key, signature or IP: {@link dev.paysdk.core.error.AuthenticationException}. */
  AUTHENTICATION,
  /** The merchant order number was used before: {@link dev.paysdk.core.error.DuplicateOrderException}. */
  DUPLICATE_ORDER,
  /** The balance cannot cover it: {@link dev.paysdk.core.error.InsufficientBalanceException}. */
  INSUFFICIENT_BALANCE
}
