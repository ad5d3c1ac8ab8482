package dev.paysdk.jackson3;

import dev.paysdk.core.Balance;
import dev.paysdk.core.Money;
import dev.paysdk.core.PayIn;
import dev.paysdk.core.Payout;
import dev.paysdk.jackson.internal.NeutralJson;
import dev.paysdk.jackson3.internal.MapShapeDeserializer;
import dev.paysdk.jackson3.internal.MapShapeSerializer;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 ({@code tools.jackson}, the line Spring Boot 4 uses) support for PaySDK's neutral
 * model, writing and reading exactly the documents of the Jackson 2 module
 * {@code dev.paysdk.jackson.PaySdkJacksonModule}: {@link Money} as
 * {@code {"amount":"100.00","currency":"INR"}} (the amount as a string, with the scale it has),
 * statuses by name, instants as ISO-8601 text; {@link Payout}, {@link PayIn} and {@link Balance}
 * as objects of their fields, absent optional fields left out. Everything written reads back
 * equal, scale included.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PaySdkJackson3Module()).build();
 * String json = mapper.writeValueAsString(payout);
 * Payout back = mapper.readValue(json, Payout.class);
 * }</pre>
 *
 * <p>Registered in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it; the PaySDK Spring Boot starter
 * registers it as a bean, which Spring Boot 4 adds to its {@code JsonMapper}.
 *
 * <p>{@link #withoutRawResponses()} leaves the gateways' raw answers out of written payouts and
 * pay-ins (they may hold personal data), for JSON that leaves the merchant's systems.
 */
public final class PaySdkJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final boolean rawResponses;

  /** Writes every field, raw responses included. */
  public PaySdkJackson3Module() {
    this(true);
  }

  private PaySdkJackson3Module(boolean rawResponses) {
    super("PaySdkJackson3Module", Version.unknownVersion());
    this.rawResponses = rawResponses;
    add(Money.class, NeutralJson::money, m -> NeutralJson.money(m, "money"));
    add(Payout.class, rawResponses ? NeutralJson::payout : p -> withoutRaw(NeutralJson.payout(p)), NeutralJson::payout);
    add(PayIn.class, rawResponses ? NeutralJson::payIn : p -> withoutRaw(NeutralJson.payIn(p)), NeutralJson::payIn);
    add(Balance.class, NeutralJson::balance, NeutralJson::balance);
  }

  /** A module that leaves {@code rawResponse} out of written payouts and pay-ins; reading is unchanged. */
  public static PaySdkJackson3Module withoutRawResponses() {
    return new PaySdkJackson3Module(false);
  }

  /** True when written payouts and pay-ins carry {@code rawResponse}. */
  public boolean writesRawResponses() {
    return rawResponses;
  }

  /** One id for every instance, so that registering the module twice is harmless. */
  @Override
  public Object getRegistrationId() {
    return PaySdkJackson3Module.class.getName();
  }

  private <T> void add(Class<T> type, Function<T, Map<String, Object>> write, Function<Map<String, Object>, T> read) {
    addSerializer(type, new MapShapeSerializer<>(type, write));
    addDeserializer(type, new MapShapeDeserializer<>(type, read));
  }

  private static Map<String, Object> withoutRaw(Map<String, Object> m) {
    m.remove("rawResponse");
    return m;
  }
}
