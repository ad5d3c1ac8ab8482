package dev.paysdk.jackson3.internal;

import dev.paysdk.jackson.internal.NeutralJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a JSON object into a {@link NeutralJson} map (strings, nested objects; numbers and booleans
 * as their exact text), then builds the value from it. Arrays are refused; unknown names are
 * ignored by the model's reader.
 */
public final class MapShapeDeserializer<T> extends StdDeserializer<T> {
  /** Nesting deeper than the model's own (Payout -> Money) is refused. */
  private static final int MAX_DEPTH = 4;

  private final Function<Map<String, Object>, T> fromMap;

  public MapShapeDeserializer(Class<T> type, Function<Map<String, Object>, T> fromMap) {
    super(type);
    this.fromMap = fromMap;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ctxt.reportInputMismatch(this, "expected a JSON object for %s", handledType().getSimpleName());
    }
    Map<String, Object> map = readObject(p, ctxt, 1);
    try {
      return fromMap.apply(map);
    } catch (IllegalArgumentException e) {
      return ctxt.reportInputMismatch(this, "%s", e.getMessage());
    }
  }

  private Map<String, Object> readObject(JsonParser p, DeserializationContext ctxt, int depth) {
    if (depth > MAX_DEPTH) {
      ctxt.reportInputMismatch(this, "%s is nested deeper than %d objects", handledType().getSimpleName(), MAX_DEPTH);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (v) {
        case START_OBJECT -> out.put(name, readObject(p, ctxt, depth + 1));
        case VALUE_NULL -> out.put(name, null);
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> out.put(name, p.getString());
        default -> ctxt.reportInputMismatch(this, "%s.%s: unexpected %s", handledType().getSimpleName(), name, v);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      ctxt.reportInputMismatch(this, "unexpected %s in %s", t, handledType().getSimpleName());
    }
    return out;
  }
}
