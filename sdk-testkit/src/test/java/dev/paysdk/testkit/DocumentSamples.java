package dev.paysdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the gateway documents' samples, kept verbatim under src/test/resources. */
final class DocumentSamples {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentSamples() {}

  static String text(String resource) throws IOException {
    try (InputStream in = DocumentSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The parameters of a request sample written as {@code name="value"} lines after a {@code POST path}
   * line: outer quotes and trailing {@code // comments} removed, in order.
   */
  static Map<String, String> requestParameters(String resource) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text(resource).split("\n")) {
      if (line.startsWith("POST ") || line.isBlank()) {
        continue;
      }
      String l = line.replaceAll("\\s+//.*$", "").trim();
      int eq = l.indexOf('=');
      String value = l.substring(eq + 1);
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      out.put(l.substring(0, eq), value);
    }
    return out;
  }

  /** A JSON sample; {@code // comments} after values are removed first. */
  static JsonNode json(String resource) throws IOException {
    return MAPPER.readTree(text(resource).replaceAll("\\s*//[^\\n]*", ""));
  }

  /** Field names of a JSON object, in order. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
