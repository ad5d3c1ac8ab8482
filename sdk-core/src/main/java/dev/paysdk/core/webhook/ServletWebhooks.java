package dev.paysdk.core.webhook;

import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.observe.Observers;
import dev.paysdk.core.observe.PaySdkObserver;
import dev.paysdk.core.observe.WebhookObservation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bridges Jakarta Servlet and PaySDK webhooks. Needs {@code jakarta.servlet-api} (5.0 or later) on
 * the class path, which a servlet container provides; PaySDK does not bring it.
 *
 * <pre>{@code
 * protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
 *   ServletWebhooks.handle(req, resp, agentPay.webhooks(), event -> orders.apply(event));
 * }
 * }</pre>
 */
public final class ServletWebhooks {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dev.paysdk.webhook");
  /** Hard cap on a webhook body: gateways send a few kilobytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private ServletWebhooks() {}

  /**
   * Reads the whole request (method, headers, raw query string, body) without letting the container
   * parse the body as parameters, so the raw bytes stay available for signature checks.
   *
   * <p>When something upstream (a filter calling {@code getParameter}, a framework's form filter)
   * has already consumed a form-encoded POST body, the container holds its fields as parameters:
   * the body is then rebuilt from the parameters that did not come from the query string, so a
   * form-encoded callback still verifies (form signatures cover the decoded fields, not the
   * bytes). A JSON body consumed upstream cannot be rebuilt and fails verification.
   *
   * @throws UncheckedIOException when the body cannot be read or exceeds {@link #MAX_BODY_BYTES}
   */
  public static WebhookRequest fromServlet(HttpServletRequest request) {
    WebhookRequest.Builder b = WebhookRequest.builder().method(request.getMethod());
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        b.header(name, value);
      }
    }
    b.rawQuery(request.getQueryString());
    if (request.getContentType() != null) {
      b.contentType(request.getContentType());
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new IOException("webhook body larger than " + MAX_BODY_BYTES + " bytes");
      }
      if (body.length == 0 && "POST".equalsIgnoreCase(request.getMethod()) && isForm(request.getContentType())) {
        body = formBodyFromParameters(request);
      }
      b.body(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  private static boolean isForm(String contentType) {
    return contentType != null
        && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The form fields the container parsed from a consumed body: its parameters minus the query's. */
  private static byte[] formBodyFromParameters(HttpServletRequest request) {
    Map<String, List<String>> fromQuery = new HashMap<>();
    WebhookRequest.builder().rawQuery(request.getQueryString()).build().queryParameters()
        .forEach((name, values) -> fromQuery.put(name, new ArrayList<>(values)));
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      List<String> queryValues = fromQuery.getOrDefault(p.getKey(), new ArrayList<>());
      for (String value : p.getValue()) {
        if (queryValues.remove(value)) {
          continue;
        }
        if (form.length() > 0) {
          form.append('&');
        }
        form.append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return form.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the acknowledgement the gateway expects. */
  public static void writeAck(WebhookAck ack, HttpServletResponse response) throws IOException {
    response.setStatus(ack.status());
    response.setContentType(ack.contentType());
    byte[] bytes = ack.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /**
   * Verifies the webhook, hands the event to {@code handler}, and answers the gateway: its expected
   * acknowledgement when verification and the handler succeed; HTTP 400 when verification fails or
   * the request cannot be parsed (so the gateway retries and a forged call learns nothing); HTTP 500
   * when the handler throws (so the gateway delivers again). A rejection and a handler failure are
   * logged at WARN (logger {@code dev.paysdk.webhook}; the reason only, never an unverified value or
   * the handler's message, which may quote the event).
   *
   * @return the event, or null when it was rejected or the handler failed
   */
  public static WebhookEvent handle(HttpServletRequest request, HttpServletResponse response, Webhooks webhooks,
      Handler handler) throws IOException {
    return handle(request, response, webhooks, handler, PaySdkObserver.NONE);
  }

  /**
   * {@link #handle(HttpServletRequest, HttpServletResponse, Webhooks, Handler)}, reporting every
   * outcome to {@code observer} as well: {@code HANDLED}, {@code REJECTED} or {@code HANDLER_FAILED}
   * (with the failure's type as the reason).
   */
  public static WebhookEvent handle(HttpServletRequest request, HttpServletResponse response, Webhooks webhooks,
      Handler handler, PaySdkObserver observer) throws IOException {
    long start = System.nanoTime();
    WebhookEvent event;
    try {
      event = webhooks.verify(fromServlet(request));
    } catch (PaymentException | UncheckedIOException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed percent escape in the query or form body, which no
      // genuine callback carries; it must be answered like a failed verification, not as a 500.
      String provider = e instanceof PaymentException p && p.providerId() != null ? p.providerId() : "unknown";
      String reason = e instanceof PaymentException ? e.getMessage() : "the request could not be read ("
          + e.getClass().getSimpleName() + ")";
      if (!(e instanceof PaymentException)) {
        LOG.warn("[{}] webhook rejected: {}", provider, reason); // a verifier logs its own rejections
      }
      report(observer, provider, WebhookObservation.WebhookOutcome.REJECTED, start, reason);
      writeAck(new WebhookAck(400, "text/plain; charset=UTF-8", "rejected"), response);
      return null;
    }
    try {
      handler.handle(event);
    } catch (Exception e) {
      LOG.warn("[{}] webhook handler failed for merchant order {} ({}): answered 500 so the gateway delivers again",
          event.providerId(), event.merchantOrderNo(), e.getClass().getName());
      report(observer, event.providerId(), WebhookObservation.WebhookOutcome.HANDLER_FAILED, start,
          e.getClass().getSimpleName());
      writeAck(new WebhookAck(500, "text/plain; charset=UTF-8", "handler failed"), response);
      return null;
    }
    report(observer, event.providerId(), WebhookObservation.WebhookOutcome.HANDLED, start, null);
    writeAck(event.ack(), response);
    return event;
  }

  private static void report(PaySdkObserver observer, String provider, WebhookObservation.WebhookOutcome outcome,
      long start, String reason) {
    Observers.webhook(observer, new WebhookObservation(provider, "webhook", outcome,
        java.time.Duration.ofNanos(System.nanoTime() - start), reason));
  }

  /** What the merchant does with a verified event. Throwing makes the gateway deliver it again. */
  @FunctionalInterface
  public interface Handler {
    void handle(WebhookEvent event) throws Exception;
  }
}
