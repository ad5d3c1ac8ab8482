package dev.paysdk.vexora.internal;

import dev.paysdk.core.Balance;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.ProviderException;
import dev.paysdk.core.error.TransportException;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.vexora.VexoraBalance;
import dev.paysdk.vexora.VexoraBalances;
import dev.paysdk.vexora.VexoraClient;
import java.io.IOException;
import java.util.List;

/** The balance query, native and neutral. Immutable and thread-safe. */
final class BalanceQuery implements VexoraBalances {
  static final String OPERATION = "balance.query";

  private final Sender sender;

  BalanceQuery(Sender sender) {
    this.sender = sender;
  }

  @Override
  public VexoraBalance query() {
    ErrorContext ctx = ErrorContext.of(VexoraClient.PROVIDER_ID, OPERATION);
    HttpResponse response = sender.read(Wire.BALANCE_PATH, Wire::balance, ctx);
    Reply reply = sender.readAnswer(response, ctx);
    String code = reply.code();
    if (VexoraCodes.SYSTEM_ERROR.equals(code)) {
      throw Sender.systemError(ctx, reply);
    }
    if (!VexoraCodes.HANDLED.equals(code)) {
      throw new ProviderException(ctx, code, Sender.message(reply), reply.httpStatus());
    }
    try {
      return Wire.balance(reply, sender.config().currency());
    } catch (IOException e) {
      throw new TransportException(ctx, "the gateway answered code 0000 but " + e.getMessage(), reply.httpStatus(), e);
    }
  }

  @Override
  public List<Balance> list() {
    VexoraBalance b = query();
    return List.of(new Balance(sender.config().currency(), b.available(), b.frozen(), b.unsettled(), null));
  }

  @Override
  public String toString() {
    return "VexoraBalances[" + sender.config().baseUrl() + "]";
  }
}
