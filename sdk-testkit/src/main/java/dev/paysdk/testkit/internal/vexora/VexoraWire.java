package dev.paysdk.testkit.internal.vexora;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paysdk.core.internal.Json;
import dev.paysdk.testkit.internal.SimResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wire helpers of the Vexora simulator. */
final class VexoraWire {
  static final ObjectWriter WRITER = Json.MAPPER.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
  /** successTime format (the documents are silent): UTC. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private VexoraWire() {}

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** {@code {"msg":"success","code":"0000","timestamp":ms,"success":true,"data":{...}}}. */
  static SimResponse ok(ObjectNode data) {
    ObjectNode root = object();
    root.put("msg", "success");
    root.put("code", "0000");
    root.put("timestamp", System.currentTimeMillis());
    root.put("success", true);
    root.set("data", data);
    return SimResponse.json(write(root));
  }

  /** {@code {"msg":"<reason>","code":"8000","timestamp":ms,"success":false,"data":null}}, unsigned. */
  static SimResponse error(VexoraError e) {
    return SimResponse.json(errorBody(e.code(), e.getMessage(), System.currentTimeMillis()));
  }

  static String errorBody(String code, String message, long timestamp) {
    ObjectNode root = object();
    root.put("msg", message);
    root.put("code", code);
    root.put("timestamp", timestamp);
    root.put("success", false);
    root.putNull("data");
    return write(root);
  }

  /** An object's fields as rule C sees them: strings as their content, numbers as written. */
  static Map<String, String> signingView(ObjectNode data) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : data.properties()) {
      JsonNode v = e.getValue();
      m.put(e.getKey(), v.isNull() ? null : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
    }
    return m;
  }

  /** A signature of the same (lower-case hex) shape that no longer verifies. */
  static String corrupt(String signature) {
    char c = signature.charAt(0);
    char r = Character.isDigit(c) ? (c == '0' ? '1' : '0') : (c == 'a' ? 'b' : 'a');
    return r + signature.substring(1);
  }
}
