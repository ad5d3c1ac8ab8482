package dev.paysdk.jackson3.internal;

import dev.paysdk.jackson.internal.NeutralJson;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a value through its {@link NeutralJson} map: strings and nested objects only. */
public final class MapShapeSerializer<T> extends StdSerializer<T> {
  private final Function<T, Map<String, Object>> toMap;

  public MapShapeSerializer(Class<T> type, Function<T, Map<String, Object>> toMap) {
    super(type);
    this.toMap = toMap;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    write(toMap.apply(value), gen);
  }

  @SuppressWarnings("unchecked")
  private static void write(Map<String, Object> map, JsonGenerator gen) {
    gen.writeStartObject();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      gen.writeName(e.getKey());
      if (e.getValue() instanceof Map<?, ?> nested) {
        write((Map<String, Object>) nested, gen);
      } else {
        gen.writeString((String) e.getValue());
      }
    }
    gen.writeEndObject();
  }
}
