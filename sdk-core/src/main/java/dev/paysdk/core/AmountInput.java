package dev.paysdk.core;

import dev.paysdk.core.error.FieldError;
import dev.paysdk.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount given to a request builder as text and currency: the {@link Money} it makes, or the
 * field errors that stop it, kept for the request's validation instead of thrown at the builder.
 *
 * @param money the amount, or null when it is not given or not valid
 * @param errors why the text is not a valid amount (fields {@code amount} and
 *     {@code amount.currency}); empty when valid or not given
 * @param text the text as given, or null
 * @param currency the currency as given, or null
 */
record AmountInput(Money money, List<FieldError> errors, String text, String currency) {
  static final AmountInput NONE = new AmountInput(null, List.of(), null, null);

  AmountInput {
    errors = List.copyOf(errors);
  }

  /** The amount {@code Money.of(text, currency)} makes; null text is an amount not given. */
  static AmountInput parse(String text, String currency) {
    if (text == null) {
      return NONE;
    }
    try {
      return new AmountInput(Money.of(text, currency), List.of(), text, currency);
    } catch (InvalidRequestException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError f : e.errors()) {
        errors.add(new FieldError(f.field().equals("currency") ? "amount.currency" : "amount", f.message()));
      }
      if (errors.stream().noneMatch(f -> f.field().equals("amount"))) {
        // the currency stopped Money.of before the text was read: report a bad text in the same round
        try {
          Money.of(text, "USDT");
        } catch (InvalidRequestException t) {
          for (FieldError f : t.errors()) {
            if (f.field().equals("amount") && !f.message().contains("decimals")) {
              errors.add(new FieldError("amount", f.message().replace(" USDT", "")));
            }
          }
        }
      }
      if (errors.stream().noneMatch(f -> f.field().equals("amount.currency"))) {
        // the text stopped Money.of before the currency was read: report a bad currency too
        try {
          Money.of("1", currency);
        } catch (InvalidRequestException c) {
          for (FieldError f : c.errors()) {
            if (f.field().equals("currency")) {
              errors.add(new FieldError("amount.currency", f.message()));
            }
          }
        }
      }
      return new AmountInput(null, errors, text, currency);
    }
  }

  /** An amount given as {@link Money}. */
  static AmountInput of(Money money) {
    return money == null ? NONE : new AmountInput(money, List.of(), null, null);
  }
}
