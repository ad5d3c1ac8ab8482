package dev.paysdk.core.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A raw-socket server that misbehaves at the byte level, as a broken proxy would: after answering
 * the first request of a connection it writes one more, unsolicited answer on it. A pooled
 * connection would hand that answer to the next request; a money-moving request never rides such a
 * connection.
 */
class FreshConnectionTest {
  private RawServer server;

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void aPayoutNeverReadsTheUnsolicitedAnswerLeftOnAConnectionByAnEarlierExchange() throws Exception {
    server = new RawServer(true);
    OkHttpTransport t = OkHttpTransport.from(HttpOptions.builder().callTimeout(Duration.ofSeconds(5)).build());

    HttpResponse a = t.execute(payout("A"));
    HttpResponse b = t.execute(payout("B"));
    HttpResponse c = t.execute(payout("C"));

    assertThat(a.bodyAsString()).isEqualTo("answer to A");
    assertThat(b.bodyAsString()).isEqualTo("answer to B");
    assertThat(c.bodyAsString()).isEqualTo("answer to C");
    assertThat(server.connections).as("one connection per payout").hasValue(3);
  }

  @Test
  void readsKeepThePool() throws Exception {
    server = new RawServer(false);
    OkHttpTransport t = OkHttpTransport.from(HttpOptions.builder().callTimeout(Duration.ofSeconds(5)).build());

    for (String id : new String[] {"1", "2", "3"}) {
      assertThat(t.execute(HttpRequest.post(server.url()).body(id, "text/plain").build()).bodyAsString())
          .isEqualTo("answer to " + id);
    }
    assertThat(server.connections).hasValue(1);
  }

  @Test
  void aPayoutAfterTheServerClosedThePooledConnection_isSentOnANewOne_notAFalseUnknownOutcome() throws Exception {
    server = new RawServer(false);
    server.closeAfterAnswer = true;
    OkHttpTransport t = OkHttpTransport.from(HttpOptions.builder().callTimeout(Duration.ofSeconds(5)).build());

    assertThat(t.execute(HttpRequest.post(server.url()).body("read", "text/plain").build()).bodyAsString())
        .isEqualTo("answer to read");
    Thread.sleep(50);
    assertThat(t.execute(payout("P")).bodyAsString()).isEqualTo("answer to P");
  }

  private HttpRequest payout(String id) {
    return HttpRequest.post(server.url()).body(id, "text/plain").moneyMoving(true).build();
  }

  /** Answers "answer to <body>"; optionally writes one unsolicited extra answer after the first. */
  private static final class RawServer implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger connections = new AtomicInteger();
    final boolean desync;
    volatile boolean closeAfterAnswer;

    RawServer(boolean desync) throws IOException {
      this.desync = desync;
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t = new Thread(this::accept, "raw-server");
      t.setDaemon(true);
      t.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/pay";
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          connections.incrementAndGet();
          Thread t = new Thread(() -> serve(s), "raw-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void serve(Socket s) {
      try (s) {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = s.getOutputStream();
        boolean first = true;
        while (true) {
          String line = in.readLine();
          if (line == null) {
            return;
          }
          int length = 0;
          while (!(line = in.readLine()).isEmpty()) {
            if (line.toLowerCase().startsWith("content-length:")) {
              length = Integer.parseInt(line.substring(15).trim());
            }
          }
          char[] body = new char[length];
          int read = 0;
          while (read < length) {
            read += in.read(body, read, length - read);
          }
          out.write(response("answer to " + new String(body)));
          if (desync && first) {
            out.write(response("unsolicited: insufficient balance"));
          }
          out.flush();
          first = false;
          if (closeAfterAnswer) {
            return;
          }
        }
      } catch (IOException | RuntimeException e) {
        // the client went away
      }
    }

    private static byte[] response(String body) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      return ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + b.length + "\r\n\r\n" + body)
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
