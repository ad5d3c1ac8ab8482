package dev.paysdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP/1.1 server that answers every request instantly with a fixed, pre-signed answer
 * chosen by path: it does no work per request beyond reading it, so what a benchmark measures on the
 * client's thread is the client's own cost. Keeps connections alive unless the request says
 * {@code Connection: close}. Can keep the last request body of a path, for the benchmarks' "same
 * bytes" checks. Plain or TLS (with a caller's {@link SSLContext}). Binds 127.0.0.1 only.
 */
final class FixedAnswerServer implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fixed-answer-server");
    t.setDaemon(true);
    return t;
  });
  /** Per path: the whole answer keeping the connection, then the whole answer closing it. */
  private final Map<String, byte[][]> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicReference<byte[]>> kept = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private volatile boolean closed;

  private FixedAnswerServer(ServerSocket socket) {
    this.socket = socket;
    pool.execute(this::acceptLoop);
  }

  /** A plain-HTTP server on an ephemeral loopback port. */
  static FixedAnswerServer start() throws IOException {
    ServerSocket s = new ServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    return new FixedAnswerServer(s);
  }

  /** A TLS server on an ephemeral loopback port. */
  static FixedAnswerServer startTls(SSLContext tls) throws IOException {
    ServerSocket s = tls.getServerSocketFactory().createServerSocket();
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    return new FixedAnswerServer(s);
  }

  /** Answers {@code path} with HTTP 200, {@code contentType} and {@code body}. */
  FixedAnswerServer answer(String path, String contentType, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n";
    byte[] keep = (head + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] close = (head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    answers.put(path, new byte[][] {concat(keep, b), concat(close, b)});
    return this;
  }

  /** Keeps the body of the last request to {@code path}. */
  FixedAnswerServer keepBodies(String path) {
    kept.put(path, new AtomicReference<>());
    return this;
  }

  /** The body of the last request to {@code path} (see {@link #keepBodies}), or null. */
  byte[] lastBody(String path) {
    AtomicReference<byte[]> r = kept.get(path);
    return r == null ? null : r.get();
  }

  String baseUrl(String scheme) {
    return scheme + "://127.0.0.1:" + socket.getLocalPort();
  }

  String baseUrl() {
    return baseUrl("http");
  }

  long requests() {
    return requests.get();
  }

  long connections() {
    return connections.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        connections.incrementAndGet();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      OutputStream out = s.getOutputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      while (!closed) {
        String requestLine = readLine(in, line);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        long length = 0;
        boolean close = false;
        String h;
        while ((h = readLine(in, line)) != null && !h.isEmpty()) {
          int colon = h.indexOf(':');
          String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = h.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            length = Long.parseLong(value);
          } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        String target = requestLine.split(" ")[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        AtomicReference<byte[]> keep = kept.get(path);
        if (keep != null) {
          keep.set(in.readNBytes((int) length));
        } else {
          in.skipNBytes(length);
        }
        byte[][] answer = answers.get(path);
        requests.incrementAndGet();
        if (answer == null) {
          out.write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        } else {
          out.write(close ? answer[1] : answer[0]);
        }
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static String readLine(InputStream in, ByteArrayOutputStream buf) throws IOException {
    buf.reset();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int n = buf.size();
        byte[] b = buf.toByteArray();
        return new String(b, 0, n > 0 && b[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
      }
      buf.write(c);
    }
    return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing
    }
    pool.shutdownNow();
  }
}
