package dev.paysdk.testkit.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A raw-socket HTTP/1.1 proxy in front of a simulator (or any loopback server) that misbehaves at
 * the byte level, as a broken proxy, a load balancer bug or a man in the middle would. WireMock and
 * the simulators cannot write these bytes. It keeps client connections alive and forwards each
 * request on a connection of its own to the target, then, by {@link Mode}:
 *
 * <ul>
 *   <li>{@link Mode#DESYNC}: after the first answer on a client connection, writes that answer a
 *       second time, unsolicited: a client that reuses the connection reads it as the answer to its
 *       next request;
 *   <li>{@link Mode#STALE}: closes the client connection right after each answer, as a server whose
 *       keep-alive timeout passed: a client that reuses it sends into a dead connection;
 *   <li>{@link Mode#HONEST}: forwards faithfully.
 * </ul>
 *
 * An answer body can also be rewritten on the way ({@link #rewriteAnswers}), to feed a client
 * hostile bytes inside an otherwise genuine answer. Loopback only. Thread-safe.
 */
public final class MisbehavingProxy implements AutoCloseable {
  /** What the proxy does wrong. */
  public enum Mode { HONEST, DESYNC, STALE }

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final String targetPrefix;
  private final AtomicInteger connections = new AtomicInteger();
  private volatile Mode mode = Mode.HONEST;
  private volatile UnaryOperator<String> rewrite = UnaryOperator.identity();

  private MisbehavingProxy(URI target) throws IOException {
    if (!"127.0.0.1".equals(target.getHost()) && !"localhost".equals(target.getHost())) {
      throw new IllegalArgumentException("the proxy forwards to loopback only");
    }
    this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), target.getPort());
    this.targetPrefix = target.getRawPath() == null ? "" : target.getRawPath();
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "misbehaving-proxy");
    t.setDaemon(true);
    t.start();
  }

  /**
   * A proxy in front of {@code targetBaseUrl} (an {@code http://127.0.0.1:port[/prefix]} URL).
   *
   * @throws IllegalArgumentException when the target is not on loopback
   */
  public static MisbehavingProxy start(String targetBaseUrl) {
    try {
      return new MisbehavingProxy(URI.create(targetBaseUrl));
    } catch (IOException e) {
      throw new IllegalStateException("the proxy could not listen", e);
    }
  }

  /** The base URL to give a client instead of the target's (same path prefix). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + targetPrefix;
  }

  /** Sets what the proxy does wrong from now on. */
  public MisbehavingProxy mode(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode == null");
    return this;
  }

  /** Rewrites every answer body (as UTF-8 text) from now on; identity to stop. */
  public MisbehavingProxy rewriteAnswers(UnaryOperator<String> rewrite) {
    this.rewrite = Objects.requireNonNull(rewrite, "rewrite == null");
    return this;
  }

  /** How many client connections were accepted so far. */
  public int connections() {
    return connections.get();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(client), "misbehaving-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      boolean first = true;
      while (true) {
        byte[] request = readMessage(in, true);
        if (request == null) {
          return;
        }
        byte[] answer = forward(request);
        out.write(answer);
        if (mode == Mode.DESYNC && first) {
          out.write(answer);
        }
        out.flush();
        first = false;
        if (mode == Mode.STALE) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away
    }
  }

  /** Sends one request to the target on a connection of its own and returns the (rewritten) answer. */
  private byte[] forward(byte[] request) throws IOException {
    try (Socket upstream = new Socket()) {
      upstream.connect(target, 5_000);
      upstream.setSoTimeout(30_000);
      upstream.getOutputStream().write(withConnectionClose(request));
      upstream.getOutputStream().flush();
      byte[] answer = readMessage(upstream.getInputStream(), false);
      if (answer == null) {
        throw new IOException("the target closed without answering");
      }
      return rewrite(answer);
    }
  }

  private byte[] rewrite(byte[] message) {
    int split = headerEnd(message);
    String head = new String(message, 0, split, StandardCharsets.ISO_8859_1);
    String body = new String(message, split, message.length - split, StandardCharsets.UTF_8);
    String rewritten = rewrite.apply(body);
    byte[] b = rewritten.getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder();
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (line.isEmpty() || lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:")
          || lower.startsWith("connection:")) {
        continue;
      }
      h.append(line).append("\r\n");
    }
    h.append("Content-Length: ").append(b.length).append("\r\n\r\n");
    byte[] hb = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[hb.length + b.length];
    System.arraycopy(hb, 0, all, 0, hb.length);
    System.arraycopy(b, 0, all, hb.length, b.length);
    return all;
  }

  private static byte[] withConnectionClose(byte[] request) {
    int split = headerEnd(request);
    String head = new String(request, 0, split, StandardCharsets.ISO_8859_1);
    StringBuilder h = new StringBuilder();
    for (String line : head.split("\r\n")) {
      if (line.isEmpty() || line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
        continue;
      }
      h.append(line).append("\r\n");
    }
    h.append("Connection: close\r\n\r\n");
    byte[] hb = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[hb.length + request.length - split];
    System.arraycopy(hb, 0, all, 0, hb.length);
    System.arraycopy(request, split, all, hb.length, request.length - split);
    return all;
  }

  /** One HTTP/1.1 message (head + body by Content-Length, chunked, or to the end), or null at EOF. */
  private static byte[] readMessage(InputStream in, boolean request) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while (state < 4 && (c = in.read()) >= 0) {
      head.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    if (state < 4) {
      return null;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    long length = -1;
    boolean chunked = false;
    for (String line : text.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(head.toByteArray());
    if (chunked) {
      out.write(dechunk(in));
      return fixLength(out.toByteArray());
    }
    if (length >= 0) {
      out.write(in.readNBytes((int) length));
    } else if (!request) {
      out.write(in.readAllBytes());
    }
    return out.toByteArray();
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        while (!line(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  /** A de-chunked message: its head without Transfer-Encoding, with Content-Length. */
  private static byte[] fixLength(byte[] message) {
    int split = headerEnd(message);
    String head = new String(message, 0, split, StandardCharsets.ISO_8859_1);
    StringBuilder h = new StringBuilder();
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (!line.isEmpty() && !lower.startsWith("transfer-encoding:") && !lower.startsWith("content-length:")) {
        h.append(line).append("\r\n");
      }
    }
    h.append("Content-Length: ").append(message.length - split).append("\r\n\r\n");
    byte[] hb = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[hb.length + message.length - split];
    System.arraycopy(hb, 0, all, 0, hb.length);
    System.arraycopy(message, split, all, hb.length, message.length - split);
    return all;
  }

  private static int headerEnd(byte[] m) {
    for (int i = 3; i < m.length; i++) {
      if (m[i - 3] == '\r' && m[i - 2] == '\n' && m[i - 1] == '\r' && m[i] == '\n') {
        return i + 1;
      }
    }
    return m.length;
  }
}
