package dev.paysdk.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.PayoutStatus;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServletWebhooksTest {

  /** The parts of a servlet request that the helper may read; anything else fails the test. */
  static HttpServletRequest request(String method, Map<String, List<String>> headers, String query, byte[] body) {
    return request(method, headers, query, body, null);
  }

  /**
   * @param parameters what the container's {@code getParameterMap()} returns, or null when reading
   *     parameters is not expected (it would make the container consume the body)
   */
  static HttpServletRequest request(String method, Map<String, List<String>> headers, String query, byte[] body,
      Map<String, String[]> parameters) {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    ServletInputStream stream = new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException();
      }
    };
    return (HttpServletRequest) Proxy.newProxyInstance(ServletWebhooksTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getHeaderNames" -> Collections.enumeration(headers.keySet());
          case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
          case "getQueryString" -> query;
          case "getContentType" -> headers.containsKey("Content-Type") ? headers.get("Content-Type").get(0) : null;
          case "getInputStream" -> stream;
          case "getParameterMap" -> {
            if (parameters == null) {
              // reading parameters would make the container consume the body
              throw new AssertionError("unexpected call getParameterMap");
            }
            yield parameters;
          }
          default -> throw new AssertionError("unexpected call " + m.getName());
        });
  }

  /** Records what the helper writes. */
  static final class Recorded {
    int status = -1;
    String contentType;
    int contentLength = -1;
    boolean flushed;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    String bodyText() {
      return body.toString(StandardCharsets.UTF_8);
    }
  }

  static HttpServletResponse response(Recorded rec) {
    ServletOutputStream out = new ServletOutputStream() {
      @Override
      public void write(int b) {
        rec.body.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException();
      }
    };
    return (HttpServletResponse) Proxy.newProxyInstance(ServletWebhooksTest.class.getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
          switch (m.getName()) {
            case "setStatus" -> rec.status = (Integer) args[0];
            case "setContentType" -> rec.contentType = (String) args[0];
            case "setContentLength" -> rec.contentLength = (Integer) args[0];
            case "getOutputStream" -> {
              return out;
            }
            case "flushBuffer" -> rec.flushed = true;
            default -> throw new AssertionError("unexpected call " + m.getName());
          }
          return null;
        });
  }

  private static final String FORM = "mchOrderNo=PO-1&state=2&sign=ABCDEF";

  private static HttpServletRequest formCallback() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    headers.put("X-Trace", List.of("t1", "t2"));
    return request("POST", headers, "from=gw&note=a+b", FORM.getBytes(StandardCharsets.UTF_8));
  }

  /** Accepts only the expected form; rejects anything else as a bad signature. */
  private static final Webhooks VERIFIER = raw -> {
    Map<String, String> form = raw.formParameters();
    if (!"ABCDEF".equals(form.get("sign"))) {
      throw new SignatureVerificationException(ErrorContext.of("test", "webhook"), "signature does not match");
    }
    return WebhookEvent.builder().providerId("test").type(WebhookEvent.Type.PAYOUT_STATUS)
        .merchantOrderNo(form.get("mchOrderNo")).payoutStatus(PayoutStatus.SUCCEEDED).rawStatus(form.get("state"))
        .fields(form).deduplicationKey("test:" + form.get("mchOrderNo") + ":" + form.get("state"))
        .ack(WebhookAck.plainText("success")).build();
  };

  @Test
  void fromServlet_readsMethodHeadersQueryContentTypeAndTheRawBody() {
    WebhookRequest raw = ServletWebhooks.fromServlet(formCallback());

    assertThat(raw.method()).isEqualTo("POST");
    assertThat(raw.header("content-type")).contains("application/x-www-form-urlencoded");
    assertThat(raw.headers().get("x-trace")).containsExactly("t1", "t2");
    assertThat(raw.queryParameters()).containsEntry("from", List.of("gw")).containsEntry("note", List.of("a b"));
    assertThat(raw.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(raw.bodyAsString()).isEqualTo(FORM);
  }

  @Test
  void fromServlet_withoutQueryOrContentType_givesAnEmptyQuery() {
    WebhookRequest raw = ServletWebhooks.fromServlet(request("GET", Map.of(), null, new byte[0]));

    assertThat(raw.queryParameters()).isEmpty();
    assertThat(raw.contentType()).isNull();
    assertThat(raw.body()).isEmpty();
  }

  @Test
  void fromServlet_refusesABodyOverTheCap() {
    byte[] huge = new byte[ServletWebhooks.MAX_BODY_BYTES + 1];

    assertThatThrownBy(() -> ServletWebhooks.fromServlet(request("POST", Map.of(), null, huge)))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(ServletWebhooks.MAX_BODY_BYTES));
  }

  @Test
  void writeAck_writesStatusContentTypeLengthAndBody() throws Exception {
    Recorded rec = new Recorded();

    ServletWebhooks.writeAck(WebhookAck.plainText("SUCCESS"), response(rec));

    assertThat(rec.status).isEqualTo(200);
    assertThat(rec.contentType).isEqualTo("text/plain; charset=UTF-8");
    assertThat(rec.contentLength).isEqualTo(7);
    assertThat(rec.bodyText()).isEqualTo("SUCCESS");
    assertThat(rec.flushed).isTrue();
  }

  @Test
  void handle_verifiesHandsTheEventOverAndAnswersTheExpectedAck() throws Exception {
    Recorded rec = new Recorded();
    AtomicReference<WebhookEvent> handled = new AtomicReference<>();

    WebhookEvent event = ServletWebhooks.handle(formCallback(), response(rec), VERIFIER, handled::set);

    assertThat(event).isNotNull().isSameAs(handled.get());
    assertThat(event.merchantOrderNo()).isEqualTo("PO-1");
    assertThat(rec.status).isEqualTo(200);
    assertThat(rec.bodyText()).isEqualTo("success");
  }

  @Test
  void handle_whenVerificationFails_answers400_andNeverCallsTheHandler() throws Exception {
    Recorded rec = new Recorded();
    List<WebhookEvent> handled = new ArrayList<>();
    HttpServletRequest forged = request("POST", Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
        null, "mchOrderNo=PO-1&state=2&sign=FORGED".getBytes(StandardCharsets.UTF_8));

    WebhookEvent event = ServletWebhooks.handle(forged, response(rec), VERIFIER, handled::add);

    assertThat(event).isNull();
    assertThat(handled).isEmpty();
    assertThat(rec.status).isEqualTo(400);
    assertThat(rec.bodyText()).isEqualTo("rejected");
  }

  @Test
  void handle_whenTheQueryIsMalformed_answers400_andNeverCallsTheHandler() throws Exception {
    Recorded rec = new Recorded();
    List<WebhookEvent> handled = new ArrayList<>();
    HttpServletRequest malformed = request("POST", Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
        "state=%zz", FORM.getBytes(StandardCharsets.UTF_8));

    WebhookEvent event = ServletWebhooks.handle(malformed, response(rec), VERIFIER, handled::add);

    assertThat(event).isNull();
    assertThat(handled).isEmpty();
    assertThat(rec.status).isEqualTo(400);
  }

  @Test
  void handle_whenTheFormBodyIsMalformed_answers400_andNeverCallsTheHandler() throws Exception {
    Recorded rec = new Recorded();
    List<WebhookEvent> handled = new ArrayList<>();
    HttpServletRequest malformed = request("POST", Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
        null, "mchOrderNo=PO-1&sign=%G1".getBytes(StandardCharsets.UTF_8));

    WebhookEvent event = ServletWebhooks.handle(malformed, response(rec), VERIFIER, handled::add);

    assertThat(event).isNull();
    assertThat(handled).isEmpty();
    assertThat(rec.status).isEqualTo(400);
    assertThat(rec.bodyText()).isEqualTo("rejected");
  }

  @Test
  void handle_whenTheHandlerThrows_answers500_soTheGatewayDeliversAgain() throws Exception {
    Recorded rec = new Recorded();

    WebhookEvent event = ServletWebhooks.handle(formCallback(), response(rec), VERIFIER, e -> {
      throw new IllegalStateException("database down");
    });

    assertThat(event).isNull();
    assertThat(rec.status).isEqualTo(500);
    assertThat(rec.bodyText()).isEqualTo("handler failed");
  }

  @Test
  void fromServlet_rebuildsAFormBodyThatAFilterConsumed_fromTheParametersThatAreNotTheQuerys() {
    Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/x-www-form-urlencoded; charset=UTF-8"));
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("tenant", new String[] {"7"});                       // from the query string only
    parameters.put("mchOrderNo", new String[] {"M 1&2"});               // from the consumed body
    parameters.put("amount", new String[] {"10.50"});
    parameters.put("dup", new String[] {"q", "b"});                     // once in the query, once in the body

    WebhookRequest r = ServletWebhooks.fromServlet(request("POST", headers, "tenant=7&dup=q", new byte[0], parameters));

    assertThat(r.formParameters()).containsExactly(Map.entry("mchOrderNo", "M 1&2"), Map.entry("amount", "10.50"),
        Map.entry("dup", "b"));
    assertThat(r.queryParameters()).containsEntry("tenant", List.of("7"));
  }

  @Test
  void fromServlet_doesNotTouchTheParameters_whenTheBodyIsThere_orIsNotAForm() {
    Map<String, List<String>> form = Map.of("Content-Type", List.of("application/x-www-form-urlencoded"));
    // parameters == null: a call to getParameterMap fails the test
    assertThat(ServletWebhooks.fromServlet(request("POST", form, null, "a=1".getBytes(StandardCharsets.UTF_8)))
        .formParameters()).containsEntry("a", "1");
    Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
    assertThat(ServletWebhooks.fromServlet(request("POST", json, null, new byte[0])).body()).isEmpty();
  }
}
