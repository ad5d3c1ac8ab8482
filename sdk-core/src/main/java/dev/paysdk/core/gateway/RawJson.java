package dev.paysdk.core.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON answers read with the streaming parser only (no data binding): an object's fields as the
 * texts signing rules see them. A string is its unescaped content, a number its text exactly as
 * written ({@code 0.001000} stays {@code 0.001000}; never converted here, so {@code 1e999999999}
 * costs nothing until {@link WireNumbers} rejects it), a boolean {@code true}/{@code false}, a
 * nested object or array its JSON text exactly as received, {@code null} a null value; in document
 * order. A name given twice is malformed (the two readers of an answer, the signature and the
 * result, could otherwise read different values).
 */
public final class RawJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64)
          .maxStringLength(16 << 20).build())
      .build();

  private RawJson() {}

  /**
   * The fields of a JSON object.
   *
   * @throws MalformedAnswerException when {@code body} is not one JSON object
   */
  public static Map<String, String> object(byte[] body) {
    return object(body, 0, body.length);
  }

  /** {@link #object(byte[])} of a nested object's raw text. */
  public static Map<String, String> object(String objectJson) {
    byte[] b = objectJson.getBytes(StandardCharsets.UTF_8);
    return object(b, 0, b.length);
  }

  /** True when {@code text} is the raw text of a JSON object. */
  public static boolean isObject(String text) {
    return text != null && !text.isEmpty() && text.charAt(0) == '{';
  }

  /**
   * The raw texts of a JSON array's elements (objects and arrays as their JSON text, scalars as in
   * {@link #object}).
   *
   * @throws MalformedAnswerException when {@code arrayJson} is not one JSON array
   */
  public static List<String> array(String arrayJson) {
    byte[] body = arrayJson.getBytes(StandardCharsets.UTF_8);
    requireUtf8(body, 0, body.length);
    List<String> out = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new MalformedAnswerException("not a JSON array");
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new MalformedAnswerException("truncated JSON array");
        }
        out.add(value(p, t, body));
      }
      if (p.nextToken() != null) {
        throw new MalformedAnswerException("text after the JSON array");
      }
    } catch (IOException e) {
      throw invalid(e);
    } catch (MalformedAnswerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw invalid(e);
    }
    return out;
  }

  private static Map<String, String> object(byte[] body, int offset, int length) {
    requireUtf8(body, offset, length);
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(body, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedAnswerException("not a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String v = value(p, p.nextToken(), body);
        if (out.containsKey(name)) {
          throw new MalformedAnswerException("a JSON object gives a field twice");
        }
        out.put(name, v);
      }
      if (t != JsonToken.END_OBJECT) {
        throw new MalformedAnswerException("malformed JSON object");
      }
      if (p.nextToken() != null) {
        throw new MalformedAnswerException("text after the JSON object");
      }
    } catch (IOException e) {
      throw invalid(e);
    } catch (MalformedAnswerException e) {
      throw e;
    } catch (RuntimeException e) {
      // the parser's own limits and oddities: every failure to read an answer is a malformed answer
      throw invalid(e);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * "Not valid JSON", with where the parser stopped but without its message or the exception itself:
   * the parser quotes the text it could not read, which may be a payee's account number or name.
   */
  private static MalformedAnswerException invalid(Exception e) {
    long at = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
        ? j.getLocation().getByteOffset() : -1;
    return new MalformedAnswerException("not valid JSON" + (at >= 0 ? " (at byte " + at + ")" : ""));
  }

  /**
   * Every gateway sends UTF-8 (JSON's only interoperable encoding, RFC 8259). The parser would
   * otherwise detect UTF-16 or UTF-32 by itself (a byte-order mark, or zero bytes among the first
   * four), read different characters than the signature rules see, and lose the byte offsets that
   * nested values are cut by.
   */
  private static void requireUtf8(byte[] body, int offset, int length) {
    if (length >= 2) {
      int b0 = body[offset] & 0xff;
      int b1 = body[offset + 1] & 0xff;
      if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe)) {
        throw new MalformedAnswerException("JSON not in UTF-8");
      }
    }
    for (int i = offset; i < offset + Math.min(length, 4); i++) {
      if (body[i] == 0) {
        throw new MalformedAnswerException("JSON not in UTF-8");
      }
    }
  }

  private static String value(JsonParser p, JsonToken t, byte[] body) throws IOException {
    if (t == null) {
      throw new MalformedAnswerException("truncated JSON");
    }
    switch (t) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case START_OBJECT:
      case START_ARRAY:
        long start = p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        long end = p.currentLocation().getByteOffset();
        if (start < 0 || end < start || end > body.length) {
          throw new MalformedAnswerException("a nested JSON value cannot be located");
        }
        return new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8);
      default:
        throw new MalformedAnswerException("unexpected JSON token " + t);
    }
  }
}
