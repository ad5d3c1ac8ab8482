package dev.paysdk.benchmarks;

import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.http.okhttp.OkHttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * What a money-moving call's own connection costs (issue 17): the same payout-sized form post through
 * PaySDK's {@link OkHttpTransport}, once marked money-moving (a connection opened for it and closed
 * after it) and once as a read (the pooled, kept-alive connection). Over plain loopback, and over TLS
 * on loopback (TLS 1.3, an RSA 2048 certificate made for the run by the JDK's {@code keytool}), so the
 * handshake's client-side CPU is measured rather than guessed. The "sdk" variant is the fresh
 * connection; its ratio to the pooled call is the price of the guarantee. A third variant runs the
 * fresh connection with Nagle's algorithm off (OkHttp leaves it on): over TLS, the client's last
 * handshake message and its request are two small writes, and the second waits for the first's
 * acknowledgement, which the peer may delay (about 40 ms on Linux).
 */
final class FreshConnectionWorkload extends Workload {
  private static final String PATH = "/api/agentpay/payout/apply";
  private static final String ANSWER = "{\"retCode\":\"SUCCESS\",\"retMsg\":\"\",\"agentpayOrderId\":"
      + "\"Le2025031100001234\",\"fee\":\"900\",\"status\":\"1\",\"sign\":\"0123456789ABCDEF0123456789ABCDEF\"}";
  private static final String FORM = "mchId=LEtest067&mchOrderNo=202503110001&amount=10000&currency=INR"
      + "&phoneNumber=6888889999&payerEmail=payee.name%40example.com&accountName=Ravi+Kumar+Sharma"
      + "&accountNo=123456789012&accountBankCode=BANK&remark=invoice+2025-03-0042"
      + "&notifyUrl=https%3A%2F%2Fmerchant.example%2Fhooks%2Fagentpay&extra=%7B%22value%22%3A%22HDFC0001234%22%7D"
      + "&sign=0123456789ABCDEF0123456789ABCDEF";

  private final boolean tls;
  private final FixedAnswerServer server;
  private final OkHttpTransport transport;
  /** The same transport on sockets with TCP_NODELAY (Nagle's algorithm off), to show what Nagle costs. */
  private final OkHttpTransport noDelay;
  private final String url;

  FreshConnectionWorkload(boolean tls) {
    super(tls ? "freshConnectionTls" : "freshConnection");
    this.tls = tls;
    try {
      if (tls) {
        Tls t = Tls.selfSigned();
        server = FixedAnswerServer.startTls(t.server);
        OkHttpClient base = new OkHttpClient.Builder().sslSocketFactory(t.client.getSocketFactory(), t.trust).build();
        transport = OkHttpTransport.builder().okHttpClient(base).build();
        noDelay = OkHttpTransport.builder().okHttpClient(base.newBuilder().socketFactory(new NoDelay()).build()).build();
      } else {
        server = FixedAnswerServer.start();
        transport = OkHttpTransport.from(HttpOptions.defaults());
        noDelay = OkHttpTransport.builder().okHttpClient(new OkHttpClient.Builder().socketFactory(new NoDelay()).build())
            .build();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    server.answer(PATH, "application/json", ANSWER);
    url = server.baseUrl(tls ? "https" : "http") + PATH;
    variant("own connection (money-moving)", () -> call(transport, true));
    variant("pooled connection (read)", () -> call(transport, false));
    variant("own connection, TCP_NODELAY", () -> call(noDelay, true));
  }

  String call(boolean moneyMoving) throws IOException {
    return call(transport, moneyMoving);
  }

  private String call(OkHttpTransport t, boolean moneyMoving) throws IOException {
    HttpResponse r = t.execute(HttpRequest.post(url).body(FORM, "application/x-www-form-urlencoded")
        .moneyMoving(moneyMoving).build());
    if (r.status() != 200) {
      throw new IllegalStateException("HTTP " + r.status());
    }
    return r.bodyAsString();
  }

  @Override
  int opsPerRound() {
    return tls ? 40 : 200;
  }

  @Override
  void check() throws Exception {
    RawJdk.requireSame("answer", call(true), call(false));
    long before = server.connections();
    for (int i = 0; i < 5; i++) {
      call(true);
    }
    RawJdk.requireSame("connections opened by 5 money-moving calls", 5L, server.connections() - before);
    call(false);
    before = server.connections();
    for (int i = 0; i < 5; i++) {
      call(false);
    }
    RawJdk.requireSame("connections opened by 5 reads", 0L, server.connections() - before);
  }

  @Override
  public void close() {
    transport.close();
    noDelay.close();
    server.close();
  }

  /** Plain sockets with Nagle's algorithm off. */
  private static final class NoDelay extends javax.net.SocketFactory {
    @Override
    public java.net.Socket createSocket() throws java.net.SocketException {
      java.net.Socket s = new java.net.Socket();
      s.setTcpNoDelay(true);
      return s;
    }

    @Override
    public java.net.Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }
  }

  /** A server context with a self-signed RSA 2048 certificate for 127.0.0.1, and a client that trusts it only. */
  record Tls(SSLContext server, SSLContext client, X509TrustManager trust) {
    static Tls selfSigned() throws Exception {
      Path dir = Files.createTempDirectory("paysdk-bench-tls");
      Path store = dir.resolve("server.p12");
      char[] pass = "benchmark".toCharArray();
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
          "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
          "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
          "-storepass", new String(pass), "-keypass", new String(pass)).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + new String(out));
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        ks.load(in, pass);
      }
      Files.delete(store);
      Files.delete(dir);
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pass);
      SSLContext server = SSLContext.getInstance("TLSv1.3");
      server.init(kmf.getKeyManagers(), null, null);
      Certificate cert = ks.getCertificate("server");
      KeyStore trustStore = KeyStore.getInstance("PKCS12");
      trustStore.load(null, null);
      trustStore.setCertificateEntry("server", cert);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore);
      X509TrustManager trust = (X509TrustManager) Arrays.stream(tmf.getTrustManagers())
          .filter(X509TrustManager.class::isInstance).findFirst().orElseThrow();
      SSLContext client = SSLContext.getInstance("TLSv1.3");
      client.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
      return new Tls(server, client, trust);
    }
  }
}
