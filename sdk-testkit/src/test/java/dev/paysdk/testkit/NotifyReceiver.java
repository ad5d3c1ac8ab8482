package dev.paysdk.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A merchant's notify endpoint for tests: a JDK server on 127.0.0.1 that records each call and answers in turn. */
final class NotifyReceiver implements AutoCloseable {
  /** One received notification, as it arrived. */
  record Call(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> answers;
  private final AtomicInteger next = new AtomicInteger();

  /** Answers {@code answers} in order; the last one repeats. */
  static NotifyReceiver answering(String... answers) throws IOException {
    return new NotifyReceiver(List.of(answers));
  }

  private NotifyReceiver(List<String> answers) throws IOException {
    // Without it the JDK server answers keep-alive requests about 40 ms late.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.answers = answers;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
      byte[] body = exchange.getRequestBody().readAllBytes();
      calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestURI().getRawQuery(), headers, body));
      int i = Math.min(next.getAndIncrement(), answers.size() - 1);
      byte[] answer = answers.get(i).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
  }

  /** The URL of {@code path} on this receiver. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  /** Waits until {@code count} calls arrived; fails the test otherwise. */
  List<Call> awaitCalls(int count, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (calls.size() < count) {
      if (System.nanoTime() > end) {
        throw new AssertionError("expected " + count + " notifications within " + timeout + ", got " + calls.size());
      }
      Thread.sleep(5);
    }
    return calls();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
