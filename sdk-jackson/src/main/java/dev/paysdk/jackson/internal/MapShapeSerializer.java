package dev.paysdk.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** Writes a value through its {@link NeutralJson} map: strings and nested objects only. */
public final class MapShapeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<T, Map<String, Object>> toMap;

  public MapShapeSerializer(Class<T> type, Function<T, Map<String, Object>> toMap) {
    super(type);
    this.toMap = toMap;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    write(toMap.apply(value), gen);
  }

  @SuppressWarnings("unchecked")
  private static void write(Map<String, Object> map, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      gen.writeFieldName(e.getKey());
      if (e.getValue() instanceof Map<?, ?> nested) {
        write((Map<String, Object>) nested, gen);
      } else {
        gen.writeString((String) e.getValue());
      }
    }
    gen.writeEndObject();
  }
}
