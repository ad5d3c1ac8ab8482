package dev.paysdk.hexpay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.paysdk.core.internal.Json;
import java.io.IOException;

/**
 * JSON trees whose decimals keep the digits the gateway wrote: {@code 0.001000} stays
 * {@code 0.001000}. The shared mapper's trees strip trailing zeros
 * ({@link JsonNodeFeature#STRIP_TRAILING_BIGDECIMAL_ZEROES} is on by default), which keeps the value
 * but not the text.
 */
final class JsonTrees {
  private static final ObjectMapper MAPPER =
      Json.MAPPER.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private JsonTrees() {}

  /**
   * Parses a JSON document.
   *
   * @throws IOException when it is empty or not valid JSON
   */
  static JsonNode tree(byte[] body) throws IOException {
    JsonNode node = MAPPER.readTree(body);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty body");
    }
    return node;
  }
}
