package dev.paysdk.testkit.internal;

import dev.paysdk.testkit.Fault;
import dev.paysdk.testkit.Faults;
import dev.paysdk.testkit.ReceivedRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Embedded HTTP server of a simulator: Jetty on 127.0.0.1 and an ephemeral port, routing by method
 * and path to {@link Endpoint}s, recording every request, and applying the injected {@link Fault}s
 * that concern the transport (delay, resets, error status, malformed body). Faults that concern
 * the gateway's logic (wrong signature) reach the endpoint through {@link SimRequest#fault()}.
 */
public final class SimServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
  private final Faults faults;
  private final String errorBodyFor5xx;
  private volatile Route fallback;
  private volatile String adminPrefix;
  private volatile Endpoint admin;

  private record Route(String operation, Endpoint endpoint) {}

  /**
   * @param name thread name prefix
   * @param faults the simulator's fault queue
   * @param errorBody body answered with an injected HTTP error status (the gateway's error shape)
   */
  public SimServer(String name, Faults faults, String errorBody) {
    this(name, faults, errorBody, 0);
  }

  /**
   * @param name thread name prefix
   * @param faults the simulator's fault queue
   * @param errorBody body answered with an injected HTTP error status (the gateway's error shape)
   * @param port the port on 127.0.0.1, or 0 for any free port
   */
  public SimServer(String name, Faults faults, String errorBody, int port) {
    this.faults = faults;
    this.errorBodyFor5xx = errorBody;
    QueuedThreadPool pool = new QueuedThreadPool(64, 4);
    pool.setName(name);
    pool.setDaemon(true);
    this.server = new Server(pool);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        dispatch(request, response, callback);
        return true;
      }
    });
  }

  /** Routes {@code method path} to {@code endpoint}, under the operation name used for faults. */
  public SimServer route(String method, String path, String operation, Endpoint endpoint) {
    routes.put(method + " " + path, new Route(operation, endpoint));
    return this;
  }

  /**
   * Routes every request that no {@link #route} matches, whatever its method and path, to {@code endpoint}
   * (instead of answering 404): for a receiver that takes whatever URL it is given.
   */
  public SimServer fallback(String operation, Endpoint endpoint) {
    this.fallback = new Route(operation, endpoint);
    return this;
  }

  /**
   * Routes every request whose path starts with {@code prefix} to {@code endpoint}, before any other
   * route: such requests are not recorded in {@link #received()} and take no fault.
   */
  public SimServer admin(String prefix, Endpoint endpoint) {
    this.adminPrefix = prefix;
    this.admin = endpoint;
    return this;
  }

  public SimServer start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("simulator server did not start", e);
    }
    return this;
  }

  public int port() {
    return connector.getLocalPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Every request received so far, in arrival order. */
  public List<ReceivedRequest> received() {
    return Collections.unmodifiableList(new ArrayList<>(received));
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("simulator server did not stop cleanly", e);
    }
  }

  private void dispatch(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    byte[] body = Content.Source.asInputStream(request).readAllBytes();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField f : request.getHeaders()) {
      headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    }
    String query = request.getHttpURI().getQuery();
    Endpoint adminEndpoint = admin;
    if (adminEndpoint != null && path.startsWith(adminPrefix)) {
      SimResponse answer;
      try {
        answer = adminEndpoint.handle(new SimRequest(method, path, query, headers, body, null));
      } catch (Exception e) {
        answer = SimResponse.text(500, "simulator failure: " + e);
      }
      send(response, callback, answer);
      return;
    }
    Route route = routes.getOrDefault(method + " " + path, fallback);
    received.add(new ReceivedRequest(route == null ? null : route.operation, method, path, query,
        Collections.unmodifiableMap(headers), body));
    if (route == null) {
      send(response, callback, SimResponse.text(404, "no such endpoint: " + method + " " + path));
      return;
    }
    Fault fault = faults.take(route.operation);
    if (fault != null) {
      switch (fault.kind()) {
        case DELAY -> Thread.sleep(fault.delay().toMillis());
        case RESET_BEFORE_STORE -> {
          reset(request, callback);
          return;
        }
        case HTTP_STATUS -> {
          send(response, callback, SimResponse.json(fault.httpStatus(), errorBodyFor5xx));
          return;
        }
        case RAW_ANSWER_BEFORE_STORE -> {
          send(response, callback, raw(fault));
          return;
        }
        default -> { }
      }
    }
    SimResponse answer;
    try {
      answer = route.endpoint.handle(new SimRequest(method, path, query, headers, body, fault));
    } catch (Exception e) {
      answer = SimResponse.text(500, "simulator failure: " + e);
    }
    if (fault != null && fault.kind() == Fault.Kind.RESET_AFTER_STORE) {
      reset(request, callback);
      return;
    }
    if (fault != null && fault.kind() == Fault.Kind.RAW_ANSWER_AFTER_STORE) {
      answer = raw(fault);
    }
    if (fault != null && fault.kind() == Fault.Kind.MALFORMED_BODY) {
      answer = new SimResponse(200, answer.contentType(), "{\"code\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    send(response, callback, answer);
  }

  private static SimResponse raw(Fault fault) {
    return new SimResponse(fault.httpStatus(), fault.contentType(),
        fault.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void send(Response response, Callback callback, SimResponse answer) {
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  /** Drops the connection without an answer: the client sees its request sent and no response. */
  private static void reset(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close(new IOException("simulated connection reset"));
    callback.failed(new IOException("simulated connection reset"));
  }
}
