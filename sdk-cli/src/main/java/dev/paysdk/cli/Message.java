package dev.paysdk.cli;

import dev.paysdk.core.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A captured message as the user gives it: a raw HTTP request ({@code POST /path?query HTTP/1.1},
 * headers, blank line, body), a raw HTTP response ({@code HTTP/1.1 200 OK}, headers, body), or only a
 * body (JSON, a form or query string, or {@code name=value} lines as the gateway documents write
 * them). The body keeps its exact bytes. Immutable.
 */
final class Message {
  private static final Pattern REQUEST_LINE = Pattern.compile("^([A-Z]{3,7}) (\\S+)(?: HTTP/\\d(?:\\.\\d)?)?$");
  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:");
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\d(?:\\.\\d)? (\\d{3}).*$");

  /** What the text was. */
  enum Kind { REQUEST, RESPONSE, BODY }

  final Kind kind;
  final String method;
  final String target;
  final int status;
  final List<Map.Entry<String, String>> headers;
  final byte[] body;

  private Message(Kind kind, String method, String target, int status, List<Map.Entry<String, String>> headers,
      byte[] body) {
    this.kind = kind;
    this.method = method;
    this.target = target;
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /** Parses {@code bytes}; anything that does not start with a request or status line is a body. */
  static Message parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int lineEnd = text.indexOf('\n');
    String first = (lineEnd < 0 ? text : text.substring(0, lineEnd)).replace("\r", "").strip();
    Matcher req = REQUEST_LINE.matcher(first);
    Matcher resp = STATUS_LINE.matcher(first);
    boolean isRequest = req.matches() && (req.group(2).startsWith("/") || req.group(2).startsWith("http"));
    if (!isRequest && !resp.matches()) {
      return new Message(Kind.BODY, null, null, 0, List.of(), bytes);
    }
    if (lineEnd < 0) {
      return isRequest ? new Message(Kind.REQUEST, req.group(1), req.group(2), 0, List.of(), new byte[0])
          : new Message(Kind.RESPONSE, null, null, Integer.parseInt(resp.group(1)), List.of(), new byte[0]);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    int pos = lineEnd + 1;
    int bodyStart = bytes.length;
    while (pos < bytes.length) {
      int end = indexOf(bytes, (byte) '\n', pos);
      int stop = end < 0 ? bytes.length : end;
      String line = new String(bytes, pos, stop - pos, StandardCharsets.UTF_8);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        bodyStart = end < 0 ? bytes.length : end + 1;
        break;
      }
      int colon = line.indexOf(':');
      if (!HEADER.matcher(line).lookingAt() && headers.isEmpty()) {
        // a start line followed directly by parameters, as the gateway documents write their samples
        bodyStart = pos;
        break;
      }
      if (colon <= 0 || !HEADER.matcher(line).lookingAt()) {
        throw new BadInputException("line " + (headers.size() + 2) + " is not a header (name: value) and no blank "
            + "line separates the headers from the body");
      }
      headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      pos = stop + 1;
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, Math.min(bodyStart, bytes.length), bytes.length);
    return isRequest ? new Message(Kind.REQUEST, req.group(1), req.group(2), 0, headers, body)
        : new Message(Kind.RESPONSE, null, null, Integer.parseInt(resp.group(1)), headers, body);
  }

  /** A message made of a body and separately given headers and query string. */
  static Message of(byte[] body, List<Map.Entry<String, String>> headers, String query) {
    String target = query == null || query.isEmpty() ? null : "?" + query;
    return new Message(Kind.BODY, null, target, 0, headers, body);
  }

  /** The same message with {@code extra} headers after its own. */
  Message withHeaders(List<Map.Entry<String, String>> extra) {
    List<Map.Entry<String, String>> all = new ArrayList<>(headers);
    all.addAll(extra);
    return new Message(kind, method, target, status, all, body);
  }

  /** First value of a header, case-insensitively, or null. */
  String header(String name) {
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The raw query string of the request target, or the empty string. */
  String rawQuery() {
    if (target == null) {
      return "";
    }
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  /** The query parameters, URL-decoded, in order. */
  Map<String, String> query() {
    String q = rawQuery();
    return q.isEmpty() ? new LinkedHashMap<>() : new LinkedHashMap<>(WebhookRequest.parseForm(q));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The content type, lower case without parameters, or the empty string. */
  String contentType() {
    String ct = header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static int indexOf(byte[] b, byte value, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
