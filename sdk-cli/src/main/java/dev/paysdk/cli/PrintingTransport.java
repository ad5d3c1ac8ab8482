package dev.paysdk.cli;

import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.log.Masking;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Prints every exchange of the transport it wraps, masked with {@link Masking}: URL (query masked),
 * headers (signature and key headers hidden), body; then the answer's status, time and masked body.
 * Nothing secret is printed. Thread-safe when the wrapped transport is.
 */
final class PrintingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final PrintStream out;

  PrintingTransport(HttpTransport delegate, PrintStream out) {
    this.delegate = delegate;
    this.out = out;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("> ").append(request.method()).append(' ').append(Masking.maskUrl(request.url())).append('\n');
    if (request.contentType() != null) {
      sb.append("> Content-Type: ").append(request.contentType()).append('\n');
    }
    for (Map.Entry<String, String> h : request.headers()) {
      sb.append("> ").append(h.getKey()).append(": ").append(maskHeader(h.getKey(), h.getValue())).append('\n');
    }
    if (request.body() != null && request.body().length > 0) {
      sb.append("> ").append(Masking.maskBody(request.contentType(), request.bodyAsString())).append('\n');
    }
    long start = System.nanoTime();
    try {
      HttpResponse r = delegate.execute(request);
      long ms = (System.nanoTime() - start) / 1_000_000;
      sb.append("< ").append(r.status()).append(" (").append(ms).append(" ms)\n");
      if (r.body().length > 0) {
        sb.append("< ").append(Masking.maskBody(r.header("Content-Type"), r.bodyAsString())).append('\n');
      }
      return r;
    } catch (IOException e) {
      sb.append("< no answer: ").append(e.getClass().getSimpleName()).append('\n');
      throw e;
    } finally {
      synchronized (out) {
        out.print(sb);
        out.flush();
      }
    }
  }

  /** A header's value, hidden when its name says it is a signature, key or credential. */
  static String maskHeader(String name, String value) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (Masking.isHiddenField(n) || n.contains("sign") || n.contains("auth") || n.contains("secret")
        || n.contains("token") || n.contains("key")) {
      return Masking.HIDDEN;
    }
    return value;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
