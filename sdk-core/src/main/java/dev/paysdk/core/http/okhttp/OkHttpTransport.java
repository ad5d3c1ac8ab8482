package dev.paysdk.core.http.okhttp;

import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.HttpTransport;
import dev.paysdk.core.http.RequestNotSentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * The default {@link HttpTransport}, on OkHttp. This package is the only place in PaySDK whose
 * public signatures name an OkHttp type: it is the adapter for merchants who want to share their
 * own {@link OkHttpClient} (connection pool, interceptors, certificate pinning).
 *
 * <pre>{@code
 * HttpTransport shared = OkHttpTransport.builder().okHttpClient(myOkHttpClient).build();
 * AgentPayClient a = AgentPayClient.builder()...transport(shared).build();
 * VexoraClient v = VexoraClient.builder()...transport(shared).build();  // same pool
 * }</pre>
 *
 * <p>Money safety: left to itself, OkHttp sends a request again on its own: after a pooled
 * connection failed, after a 408 or a 503 with {@code Retry-After: 0}, to follow a redirect, or
 * when an authenticator answers a 401. This transport makes <b>one exchange per
 * {@link #execute}</b>, a wrapped client included: it never follows redirects (a 3xx is returned as
 * the answer), request bodies are one-shot (OkHttp cannot replay them), and a network interceptor
 * fails the call before any second exchange, the only exception being a plain-HTTP proxy's 407,
 * which the proxy answered without forwarding anything. PaySDK's own retry rules decide what is
 * sent again, so a payout is never sent twice and a read carrying a once-only nonce is rebuilt
 * rather than replayed. It reports
 * {@link RequestNotSentException} only when the failure came before the request reached the
 * network layer (DNS, connect, TLS handshake): no byte of it was written.
 *
 * <p>Connections: a request marked {@link HttpRequest#moneyMoving()} always goes on a connection
 * of its own, opened for it and closed after it ({@code Connection: close}, never pooled), so a
 * connection that carried another exchange (a stale one the server closed, or one on which a
 * broken proxy wrote an unsolicited answer) can never deliver a payout's answer. Reads share the
 * pool. The price is a TCP (and TLS) handshake per payout: see BENCHMARKS.md.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final long MAX_BODY_BYTES = 16L << 20;

  /** Where a 503's {@code Retry-After} is kept while OkHttp must not see it (it would resend). */
  private static final String HELD_RETRY_AFTER = "X-PaySDK-Held-Retry-After";

  private final OkHttpClient client;
  private final OkHttpClient freshConnections;
  private final boolean owned;
  private volatile ParsedType lastType;
  private final java.util.concurrent.ConcurrentMap<String, HttpUrl> urls = new java.util.concurrent.ConcurrentHashMap<>();

  private OkHttpTransport(OkHttpClient base, boolean owned) {
    this.owned = owned;
    this.client = base.newBuilder()
        // Nagle's algorithm holds a fresh connection's first request behind a delayed ACK (about 40 ms
        // on a TLS connection, measured in BENCHMARKS.md): every PaySDK socket sends at once
        .socketFactory(new NoDelaySocketFactory(base.socketFactory()))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addNetworkInterceptor(chain -> {
          Exchanges x = chain.request().tag(Exchanges.class);
          if (x == null) {
            return chain.proceed(chain.request());
          }
          x.beforeExchange();
          Response response = chain.proceed(chain.request());
          x.lastStatus = response.code();
          String retryAfter = response.header("Retry-After");
          if (response.code() == 503 && retryAfter != null) {
            // OkHttp resends a request answered "503, Retry-After: 0" by itself; PaySDK decides what is
            // resent, so the header is held back from it and restored on the answer
            return response.newBuilder().removeHeader("Retry-After").header(HELD_RETRY_AFTER, retryAfter).build();
          }
          return response;
        })
        .build();
    // A pool that keeps no idle connection: a money-moving call always opens its own connection,
    // which no other exchange used before and none uses after, so no stale or unsolicited bytes of
    // another exchange can ever be read as its answer.
    this.freshConnections = client.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS)).build();
  }

  /** What happened to one {@link #execute} call on the network. */
  private static final class Exchanges {
    volatile boolean sent;
    volatile int count;
    volatile int lastStatus;

    void beforeExchange() throws IOException {
      if (count > 0 && lastStatus != 407) {
        throw new SecondExchangeRefused(lastStatus);
      }
      count++;
      sent = true;
    }
  }

  /** Sockets with {@code TCP_NODELAY}, from the client's own factory. */
  private static final class NoDelaySocketFactory extends javax.net.SocketFactory {
    private final javax.net.SocketFactory delegate;

    NoDelaySocketFactory(javax.net.SocketFactory delegate) {
      this.delegate = delegate instanceof NoDelaySocketFactory n ? n.delegate : delegate;
    }

    private static java.net.Socket noDelay(java.net.Socket s) throws java.net.SocketException {
      s.setTcpNoDelay(true);
      return s;
    }

    @Override
    public java.net.Socket createSocket() throws IOException {
      return noDelay(delegate.createSocket());
    }

    @Override
    public java.net.Socket createSocket(String host, int port) throws IOException {
      return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public java.net.Socket createSocket(String host, int port, java.net.InetAddress localHost, int localPort)
        throws IOException {
      return noDelay(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
      return noDelay(delegate.createSocket(host, port));
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress address, int port, java.net.InetAddress localAddress,
        int localPort) throws IOException {
      return noDelay(delegate.createSocket(address, port, localAddress, localPort));
    }
  }

  /** The guard's refusal of a second exchange; it keeps the status the first one saw. */
  private static final class SecondExchangeRefused extends IOException
      implements dev.paysdk.core.internal.CallExecutor.StatusCarrying {
    private static final long serialVersionUID = 1L;
    private final int status;

    SecondExchangeRefused(int status) {
      super("the HTTP client tried to send the request again after " + (status == 0 ? "a failure" : "HTTP " + status)
          + "; PaySDK sends each request once and decides itself what is retried");
      this.status = status == 0 ? -1 : status;
    }

    @Override
    public int httpStatus() {
      return status;
    }
  }

  /** A request body that OkHttp may write once only, so it can never replay it. */
  private static final class OneShotBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;

    OneShotBody(byte[] bytes, MediaType type) {
      this.bytes = bytes;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  /** A transport configured from PaySDK's HTTP options: timeouts and proxy. */
  public static OkHttpTransport from(HttpOptions options) {
    OkHttpClient.Builder b = new OkHttpClient.Builder()
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.readTimeout())
        .callTimeout(options.callTimeout())
        .followRedirects(false)
        .followSslRedirects(false);
    if (options.proxy() != null) {
      b.proxy(options.proxy());
      if (options.proxyUsername() != null) {
        String credential = Credentials.basic(options.proxyUsername(), options.proxyPassword());
        // Plain-HTTP requests carry the credentials from the start: answering a 407 would mean
        // sending the (one-shot) body twice. An https request's headers go to the gateway through
        // the tunnel, so they never carry them; the tunnel's CONNECT gets them when the proxy asks.
        b.addInterceptor(chain -> chain.request().isHttps()
            ? chain.proceed(chain.request())
            : chain.proceed(chain.request().newBuilder().header("Proxy-Authorization", credential).build()));
        b.proxyAuthenticator((route, response) -> {
          if (credential.equals(response.request().header("Proxy-Authorization"))) {
            return null; // the proxy refused these credentials; do not loop
          }
          return response.request().newBuilder().header("Proxy-Authorization", credential).build();
        });
      }
    }
    return new OkHttpTransport(b.build(), true);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Exchanges exchanges = new Exchanges();
    HttpUrl url = httpUrl(request.url());
    Request.Builder rb = (url != null ? new Request.Builder().url(url) : new Request.Builder().url(request.url()))
        .tag(Exchanges.class, exchanges);
    for (Map.Entry<String, String> h : request.headers()) {
      rb.addHeader(h.getKey(), h.getValue());
    }
    RequestBody body = null;
    if (request.body() != null) {
      body = new OneShotBody(request.body(), mediaType(request.contentType()));
    } else if (request.method().equals("POST") || request.method().equals("PUT")) {
      body = new OneShotBody(new byte[0], null);
    }
    rb.method(request.method(), body);
    if (request.moneyMoving()) {
      rb.header("Connection", "close");
    }
    Call call = (request.moneyMoving() ? freshConnections : client).newCall(rb.build());
    if (request.timeout() != null) {
      call.timeout().timeout(Math.max(1, request.timeout().toMillis()), TimeUnit.MILLISECONDS);
    }
    try (Response response = call.execute()) {
      return new HttpResponse(response.code(), toMap(response.headers()), readBody(response.body()));
    } catch (IOException e) {
      if (!exchanges.sent) {
        throw new RequestNotSentException("request not sent: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
      }
      throw e;
    }
  }

  /** The body, read into an array of its own size (no read buffer per call). */
  private static byte[] readBody(ResponseBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    if (body.contentLength() > MAX_BODY_BYTES) {
      throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
    }
    BufferedSource source = body.source();
    if (source.request(MAX_BODY_BYTES + 1)) {
      throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
    }
    return source.readByteArray();
  }

  /**
   * The answer's headers as {@link HttpResponse} keeps them (lower-case names compared
   * case-insensitively, values in order, unmodifiable lists, which it then keeps without copying); a
   * held-back {@code Retry-After} is restored under its own name.
   */
  private static Map<String, List<String>> toMap(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String held = null;
    for (int i = 0, n = headers.size(); i < n; i++) {
      String name = headers.name(i).toLowerCase(Locale.US); // as OkHttp's toMultimap() names them
      if (name.equalsIgnoreCase(HELD_RETRY_AFTER)) {
        held = headers.value(i);
        continue;
      }
      List<String> values = map.get(name);
      if (values == null) {
        map.put(name, List.of(headers.value(i)));
      } else {
        List<String> more = new ArrayList<>(values);
        more.add(headers.value(i));
        map.put(name, List.copyOf(more));
      }
    }
    if (held != null) {
      map.put("retry-after", List.of(held));
    }
    return map;
  }

  /** The parsed content type; the last one is kept, as a client sends the same one again and again. */
  private MediaType mediaType(String contentType) {
    ParsedType last = lastType;
    if (last != null && last.text.equals(contentType)) {
      return last.type;
    }
    MediaType type = MediaType.parse(contentType);
    lastType = new ParsedType(contentType, type);
    return type;
  }

  private record ParsedType(String text, MediaType type) {}

  /**
   * The parsed URL, or null for one that is not http(s). URLs without a query (an operation's endpoint) are kept once parsed, up to a
   * few hundred; a URL with a query (a signed GET) is parsed each time, as it is new each time.
   */
  private HttpUrl httpUrl(String url) {
    if (!url.regionMatches(true, 0, "http", 0, 4)) {
      return null; // OkHttp's own reading of the text (it rewrites ws: and wss:), not cached
    }
    HttpUrl parsed = urls.get(url);
    if (parsed == null) {
      parsed = HttpUrl.get(url);
      if (url.indexOf('?') < 0 && urls.size() < 256) {
        urls.putIfAbsent(url, parsed);
      }
    }
    return parsed;
  }

  /**
   * For a transport built by {@link #from(HttpOptions)} (what a client builder makes when given no
   * transport): evicts the idle connections and stops the dispatcher's threads. For a transport
   * wrapping a caller's {@link OkHttpClient}: nothing, the caller owns that client.
   */
  @Override
  public void close() {
    if (owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "OkHttpTransport";
  }

  /** Builder, to wrap an existing {@link OkHttpClient}. */
  public static final class Builder {
    private OkHttpClient client;

    private Builder() {}

    /**
     * The client whose connection pool, dispatcher, timeouts, proxy and interceptors are used.
     * Default a new client with PaySDK's default timeouts.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.client = Objects.requireNonNull(client, "okHttpClient == null");
      return this;
    }

    public OkHttpTransport build() {
      return client != null ? new OkHttpTransport(client, false) : from(HttpOptions.defaults());
    }
  }
}
