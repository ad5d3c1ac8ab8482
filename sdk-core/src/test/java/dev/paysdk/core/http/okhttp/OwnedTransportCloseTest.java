package dev.paysdk.core.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Clients built and dropped by the hundred leave no connection open once closed. */
class OwnedTransportCloseTest {

  @Test
  void closingTransportsItBuilt_closesTheirPooledConnections() throws Exception {
    AtomicInteger open = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket s = server.accept();
            open.incrementAndGet();
            Thread t = new Thread(() -> serve(s, open));
            t.setDaemon(true);
            t.start();
          } catch (IOException e) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/balance";
      for (int i = 0; i < 100; i++) {
        OkHttpTransport t = OkHttpTransport.from(HttpOptions.builder().callTimeout(Duration.ofSeconds(5)).build());
        t.execute(HttpRequest.post(url).body("{}", "application/json").build());
        t.close();
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (open.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(open).as("connections still open on the server side").hasValue(0);
    }
  }

  private static void serve(Socket s, AtomicInteger open) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      byte[] buf = new byte[8192];
      while (in.read(buf) > 0) {
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    } catch (IOException e) {
      // the client closed
    } finally {
      open.decrementAndGet();
    }
  }
}
