package dev.paysdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paysdk.agentpay.AgentPayClient;
import dev.paysdk.agentpay.PayoutApply;
import dev.paysdk.agentpay.PayoutQuery;
import dev.paysdk.core.Destination;
import dev.paysdk.core.Money;
import dev.paysdk.core.Payee;
import dev.paysdk.core.PayInLookup;
import dev.paysdk.core.PayInQuery;
import dev.paysdk.core.PayInRequest;
import dev.paysdk.core.PaymentClient;
import dev.paysdk.core.PayoutLookup;
import dev.paysdk.core.PayoutRequest;
import dev.paysdk.core.Reconciler;
import dev.paysdk.core.error.PaymentException;
import dev.paysdk.core.http.GatewayClientBuilder;
import dev.paysdk.core.http.RetryPolicy;
import dev.paysdk.core.webhook.WebhookRequest;
import dev.paysdk.hexpay.BatchPayoutRecord;
import dev.paysdk.hexpay.BatchPayoutUpload;
import dev.paysdk.hexpay.HexpayClient;
import dev.paysdk.hexpay.HexpayNetwork;
import dev.paysdk.hexpay.HexpaySignType;
import dev.paysdk.pen.PenPayoutClient;
import dev.paysdk.pen.PenPayoutQuery;
import dev.paysdk.pen.PenPayoutRequest;
import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.VexoraSimulator;
import dev.paysdk.vexora.DisbursementRequest;
import dev.paysdk.vexora.VexoraClient;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Audit of the "one vocabulary across gateways" promise of the public API, across the four gateway
 * modules (AgentPay, Hexpay, PEN, Vexora). Each test collects every mismatch across all four gateways
 * and fails with the whole list, so one run shows every inconsistency of a kind.
 */
class ApiConsistencyAuditTest {

  /**
   * The operation names of the issue that built the vocabulary (its list ended with "..."), and
   * {@code payin.list}, which the kit's {@code OperationNames} adds for Hexpay's order list.
   */
  static final Set<String> VOCABULARY = Set.of("payout.create", "payout.query", "balance.query", "payin.create",
      "payin.query", "payin.list", "batch.upload", "batch.query", "batch.cancel", "webhook.payout", "webhook.payin",
      "payout.reconcile");

  static final List<String> GATEWAYS = List.of("agentpay", "hexpay", "pen", "vexora");

  static KeyPair merchantKeys;
  static KeyPair platformKeys;
  static int deadPort;

  @BeforeAll
  static void setUp() throws NoSuchAlgorithmException, IOException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    merchantKeys = g.generateKeyPair();
    platformKeys = g.generateKeyPair();
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // builders

  static Object newBuilder(String gateway) {
    return switch (gateway) {
      case "agentpay" -> AgentPayClient.builder();
      case "hexpay" -> HexpayClient.builder();
      case "pen" -> PenPayoutClient.builder();
      case "vexora" -> VexoraClient.builder();
      default -> throw new IllegalArgumentException(gateway);
    };
  }

  /** Every required setting of a gateway's builder, in order, each as a step on the builder. */
  @SuppressWarnings("unchecked")
  static Map<String, Consumer<Object>> requiredSettings(String gateway, String baseUrl) {
    Map<String, Consumer<Object>> steps = new LinkedHashMap<>();
    steps.put("baseUrl", b -> ((GatewayClientBuilder<?>) b).baseUrl(baseUrl));
    steps.put("merchantId", b -> ((GatewayClientBuilder<?>) b).merchantId("M100001"));
    switch (gateway) {
      case "hexpay" -> {
        steps.put("appId", b -> ((HexpayClient.Builder) b).appId("APP100001"));
        steps.put("merchantPrivateKey", b -> ((HexpayClient.Builder) b).merchantPrivateKey(merchantKeys.getPrivate()));
        steps.put("platformPublicKey", b -> ((HexpayClient.Builder) b).platformPublicKey(platformKeys.getPublic()));
      }
      default -> steps.put("secret", b -> ((GatewayClientBuilder<?>) b).secret("s3cr3t-key-value"));
    }
    return steps;
  }

  static Object configured(String gateway, String baseUrl) {
    Object b = newBuilder(gateway);
    requiredSettings(gateway, baseUrl).values().forEach(step -> step.accept(b));
    ((GatewayClientBuilder<?>) b).retryPolicy(RetryPolicy.none());
    ((GatewayClientBuilder<?>) b).reconciler(Reconciler.builder().maxWait(Duration.ofMillis(400))
        .pollInterval(Duration.ofMillis(50)).notFoundGrace(Duration.ofMillis(100)).build());
    return b;
  }

  static PaymentClient build(Object builder) {
    try {
      return (PaymentClient) builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client whose base URL answers nothing (connection refused), retries off. */
  static PaymentClient deadClient(String gateway) {
    return build(configured(gateway, "http://127.0.0.1:" + deadPort));
  }

  /** The setters of a builder: public instance methods returning the builder, one reference parameter. */
  static List<Method> setters(Class<?> builderClass) {
    Map<String, Method> unique = new LinkedHashMap<>();
    for (Method m : builderClass.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.getParameterCount() != 1
          || m.getParameterTypes()[0].isPrimitive() || m.getReturnType() == Object.class
          || !m.getReturnType().isAssignableFrom(builderClass)) {
        continue;
      }
      unique.putIfAbsent(m.getName() + "(" + m.getParameterTypes()[0].getName() + ")", m);
    }
    return List.copyOf(unique.values());
  }

  static Throwable thrownBy(ThrowingRunnable r) {
    try {
      r.run();
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (Throwable t) {
      return t;
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  static String describe(Throwable t) {
    return t == null ? "nothing thrown" : t.getClass().getSimpleName() + "(\"" + t.getMessage() + "\")";
  }

  // ---------------------------------------------------------------------------------------------
  // builder policy

  /**
   * GatewayClientBuilder's documented policy: "a null given to a setter throws NullPointerException
   * naming the setter" (most setters do: {@code applyPath(String path)} says {@code applyPath == null}).
   */
  @Test
  void nullAtEveryBuilderSetter_throwsNpeNamingTheSetter() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      Class<?> builderClass = newBuilder(gateway).getClass();
      List<Method> setters = setters(builderClass);
      assertThat(setters).as(gateway + " setters").isNotEmpty();
      for (Method setter : setters) {
        Object builder = newBuilder(gateway);
        Throwable t = thrownBy(() -> setter.invoke(builder, new Object[] {null}));
        String param = setter.getParameters()[0].getName();
        if (!(t instanceof NullPointerException) || t.getMessage() == null
            || !t.getMessage().contains(setter.getName())) {
          problems.add(gateway + ": " + setter.getName() + "(" + setter.getParameterTypes()[0].getSimpleName() + " "
              + param + ") with null -> " + describe(t) + "; expected NullPointerException naming "
              + setter.getName());
        }
      }
    }
    assertThat(problems).as("setters whose null is not an NPE naming the setter").isEmpty();
  }

  @Test
  void missingRequiredSetting_atBuild_throwsIseNamingTheSetting() {
    List<String> problems = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      Map<String, Consumer<Object>> steps = requiredSettings(gateway, "https://gateway.example");
      // the full configuration builds
      Object full = newBuilder(gateway);
      steps.values().forEach(s -> s.accept(full));
      try (PaymentClient c = build(full)) {
        assertThat(c).isNotNull();
      }
      for (String missing : steps.keySet()) {
        Object b = newBuilder(gateway);
        steps.forEach((name, step) -> {
          if (!name.equals(missing)) {
            step.accept(b);
          }
        });
        Throwable t = thrownBy(() -> build(b).close());
        if (!(t instanceof IllegalStateException) || t.getMessage() == null || !t.getMessage().contains(missing)
            || !t.getMessage().contains("call")) {
          problems.add(gateway + ": build() without " + missing + " -> " + describe(t)
              + "; expected IllegalStateException naming " + missing + " with how to fix it");
        }
      }
    }
    // Hexpay with MD5 signing needs the secret
    HexpayClient.Builder md5 = HexpayClient.builder().baseUrl("https://gateway.example").merchantId("M1").appId("A1")
        .signType(HexpaySignType.MD5);
    Throwable t = thrownBy(md5::build);
    if (!(t instanceof IllegalStateException) || !t.getMessage().contains("secret")) {
      problems.add("hexpay(MD5): build() without secret -> " + describe(t));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBuilder_hasMerchantIdAndSecret_andTheDocumentedAliases() throws Exception {
    Map<String, List<String>> aliases = Map.of(
        "agentpay", List.of("secretKey"),
        "hexpay", List.of("mchNo", "appSecret"),
        "pen", List.of("secretKey"),
        "vexora", List.of("merchantNo", "appSecret"));
    List<String> problems = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      Class<?> builderClass = newBuilder(gateway).getClass();
      for (String name : Stream.concat(Stream.of("merchantId", "secret"), aliases.get(gateway).stream()).toList()) {
        Method m = builderClass.getMethod(name, String.class);
        if (!m.getReturnType().isAssignableFrom(builderClass)) {
          problems.add(gateway + ": " + name + "(String) does not return the builder");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // types

  static List<Class<?>> publicTypesOf(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(p -> p.toString().endsWith(".class"))
            .forEach(p -> names.add(location.relativize(p).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String n = e.nextElement().getName();
          if (n.endsWith(".class")) {
            names.add(n);
          }
        }
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith("module-info.class") || n.endsWith("package-info.class")) {
        continue;
      }
      Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, anchor.getClassLoader());
      if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null
          || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
        types.add(c);
      }
    }
    return types;
  }

  static final Map<String, Class<?>> ANCHORS = Map.of(
      "agentpay", AgentPayClient.class,
      "hexpay", HexpayClient.class,
      "pen", PenPayoutClient.class,
      "vexora", VexoraClient.class);

  static final Set<String> STATUS_METHODS = Set.of("status", "rawStatus", "state", "rawState", "auditStatus",
      "rawAuditStatus", "payoutStatus", "orderStatus");

  /** Public result types that carry a status: records/classes with a status-like accessor. */
  static List<Class<?>> statusCarryingTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      for (Class<?> c : publicTypesOf(ANCHORS.get(gateway))) {
        String simple = c.getSimpleName();
        if (c.isInterface() || c.isEnum() || simple.endsWith("Query") || simple.endsWith("Request")
            || simple.equals("Builder") || simple.endsWith("Status")) {
          continue; // requests and filters carry a wanted state, not a reported one; a status type is the status
        }
        boolean carries = Stream.of(c.getMethods()).anyMatch(m -> m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers()) && STATUS_METHODS.contains(m.getName()));
        if (carries) {
          types.add(c);
        }
      }
    }
    return types;
  }

  static Method noArg(Class<?> c, String name) {
    try {
      return c.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Test
  void everyResultTypeWithAStatus_hasRawStatusAndStatus() throws Exception {
    List<Class<?>> types = statusCarryingTypes();
    assertThat(types).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Class<?> c : types) {
      Method raw = noArg(c, "rawStatus");
      Method status = noArg(c, "status");
      if (raw == null || status == null) {
        String has = Stream.of(c.getMethods()).filter(m -> m.getParameterCount() == 0
            && STATUS_METHODS.contains(m.getName())).map(m -> m.getName() + "(): " + m.getReturnType().getSimpleName())
            .sorted().collect(Collectors.joining(", "));
        problems.add(c.getName() + ": missing " + (raw == null ? "rawStatus()" : "") + (raw == null && status == null
            ? " and " : "") + (status == null ? "status()" : "") + " (has " + has + ")");
      }
    }
    assertThat(problems).as("result types carrying a status without rawStatus()/status()").isEmpty();
  }

  @Test
  void everyResultTypeWithAStatus_statusIsNeutral_rawStatusIsText() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> c : statusCarryingTypes()) {
      if (c.getSimpleName().startsWith("Batch")) {
        // the neutral model has no batch: a batch's status() is its gateway's own enum, its raw status
        // the number as sent (the same in every batch type)
        continue;
      }
      Method status = noArg(c, "status");
      if (status != null && !status.getReturnType().getPackageName().equals("dev.paysdk.core")) {
        problems.add(c.getName() + ".status() returns " + status.getReturnType().getName()
            + ", not a neutral dev.paysdk.core status");
      }
      Method raw = noArg(c, "rawStatus");
      if (raw != null && raw.getReturnType() != String.class) {
        problems.add(c.getName() + ".rawStatus() returns " + raw.getReturnType().getName() + ", not String");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyWebhooksType_hasVerifyNotification_andOldNamesAreDeprecated() throws Exception {
    List<String> problems = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      Class<?> webhooks = ANCHORS.get(gateway).getMethod("webhooks").getReturnType();
      Method native_ = noArgOrNull(webhooks, "verifyNotification", WebhookRequest.class);
      if (native_ == null) {
        problems.add(gateway + ": " + webhooks.getName() + " has no verifyNotification(WebhookRequest)");
      } else if (native_.isAnnotationPresent(Deprecated.class)) {
        problems.add(gateway + ": verifyNotification is deprecated");
      }
      for (Method m : webhooks.getMethods()) {
        if (m.getName().startsWith("verify") && !m.getName().equals("verify")
            && !m.getName().equals("verifyNotification") && !m.isAnnotationPresent(Deprecated.class)) {
          problems.add(gateway + ": " + m.getName() + " is another webhook verification name, not deprecated");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  static Method noArgOrNull(Class<?> c, String name, Class<?>... params) {
    try {
      return c.getMethod(name, params);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Test
  void defaultClient_isPackagePrivateInRootPackage_clientIsAutoCloseable_noPublicInternalType() throws Exception {
    Map<String, String> defaults = Map.of(
        "agentpay", "dev.paysdk.agentpay.DefaultAgentPayClient",
        "hexpay", "dev.paysdk.hexpay.DefaultHexpayClient",
        "pen", "dev.paysdk.pen.DefaultPenPayoutClient",
        "vexora", "dev.paysdk.vexora.DefaultVexoraClient");
    List<String> problems = new ArrayList<>();
    for (String gateway : GATEWAYS) {
      Class<?> api = ANCHORS.get(gateway);
      Class<?> impl = Class.forName(defaults.get(gateway));
      if (Modifier.isPublic(impl.getModifiers()) || !impl.getPackageName().equals(api.getPackageName())) {
        problems.add(gateway + ": " + impl.getName() + " is public or outside " + api.getPackageName());
      }
      if (!AutoCloseable.class.isAssignableFrom(api)) {
        problems.add(gateway + ": " + api.getName() + " is not AutoCloseable");
      }
      try (PaymentClient c = deadClient(gateway)) {
        if (c.getClass() != impl) {
          problems.add(gateway + ": build() gives " + c.getClass().getName());
        }
      }
      for (Class<?> t : publicTypesOf(api)) {
        if (t.getPackageName().contains(".internal")) {
          problems.add(gateway + ": public type " + t.getName() + " in an internal package");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // requests

  static PayoutRequest payoutRequest(String gateway, String orderNo) {
    return switch (gateway) {
      case "agentpay" -> PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("250", "INR"))
          .payee(Payee.builder().name("Asha Verma").phone("9876543210").build())
          .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").build())
          .notifyUrl("https://merchant.example/webhooks/agentpay").build();
      case "pen" -> PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("150.00", "PEN"))
          .payee(Payee.builder().name("Lucia Quispe").identityDocument("DNI", "45678912").build())
          .destination(Destination.bankAccount("19412345678901").bankId("2").accountType("1")
              .cci("00219400254640654321").build())
          .notifyUrl("https://merchant.example/webhooks/pen").build();
      case "vexora" -> PayoutRequest.builder().merchantOrderNo(orderNo).amount(Money.of("100000", "IDR"))
          .payee(Payee.builder().firstName("Rizky").lastName("Pratama").email("rizky.pratama@example.com")
              .phone("081234567890").build())
          .destination(Destination.bankAccount("880123456789012345").build())
          .notifyUrl("https://merchant.example/webhooks/vexora").build();
      default -> throw new IllegalArgumentException(gateway);
    };
  }

  static PayInRequest payInRequest(String orderNo) {
    return PayInRequest.builder().merchantOrderNo(orderNo).amount(Money.of("5.5", "USDC")).customerId("customer-7")
        .description("Gift card").network("polygon").notifyUrl("https://merchant.example/webhooks/hexpay").build();
  }

  static WebhookRequest garbageWebhook() {
    return WebhookRequest.builder().contentType("application/json").body("{\"foo\":\"bar\"}").build();
  }

  /** One call and what it should be named in the vocabulary. */
  record Probe(String gateway, String call, String expectedOperation, ThrowingRunnable action) {}

  static List<Probe> deadGatewayProbes(Map<String, PaymentClient> clients) {
    AgentPayClient ap = (AgentPayClient) clients.get("agentpay");
    HexpayClient hx = (HexpayClient) clients.get("hexpay");
    PenPayoutClient pen = (PenPayoutClient) clients.get("pen");
    VexoraClient vx = (VexoraClient) clients.get("vexora");
    List<Probe> p = new ArrayList<>();
    // payout create
    p.add(new Probe("agentpay", "payouts().create", "payout.create",
        () -> ap.payouts().create(payoutRequest("agentpay", "AUD-AP-1"))));
    p.add(new Probe("pen", "payouts().create", "payout.create",
        () -> pen.payouts().create(payoutRequest("pen", "AUD-PEN-1"))));
    p.add(new Probe("vexora", "payouts().create", "payout.create",
        () -> vx.payouts().create(payoutRequest("vexora", "AUD-VX-1"))));
    // payout query
    for (var e : Map.of("agentpay", (PaymentClient) ap, "pen", pen, "vexora", vx).entrySet()) {
      p.add(new Probe(e.getKey(), "payouts().retrieve", "payout.query",
          () -> e.getValue().payouts().retrieve(PayoutLookup.byMerchantOrderNo("AUD-Q-1"))));
      p.add(new Probe(e.getKey(), "payouts().reconcile", "payout.reconcile",
          () -> e.getValue().payouts().reconcile("AUD-R-1")));
    }
    p.add(new Probe("agentpay", "payouts().query (native)", "payout.query",
        () -> ap.payouts().query(PayoutQuery.byMerchantOrderNo("AUD-Q-1"))));
    p.add(new Probe("pen", "payouts().query (native)", "payout.query",
        () -> pen.payouts().query(PenPayoutQuery.byMerchantOrderNo("AUD-Q-1"))));
    p.add(new Probe("vexora", "payouts().query (native)", "payout.query", () -> vx.payouts().query("AUD-Q-1")));
    // balance
    p.add(new Probe("agentpay", "balances().list", "balance.query", () -> ap.balances().list()));
    p.add(new Probe("hexpay", "balances().list", "balance.query", () -> hx.balances().list()));
    p.add(new Probe("vexora", "balances().list", "balance.query", () -> vx.balances().list()));
    // pay-ins
    p.add(new Probe("hexpay", "payIns().create", "payin.create", () -> hx.payIns().create(payInRequest("AUD-HX-1"))));
    p.add(new Probe("hexpay", "payIns().retrieve", "payin.query",
        () -> hx.payIns().retrieve(PayInLookup.byMerchantOrderNo("AUD-HX-1"))));
    // no list operation in the vocabulary: any name of the vocabulary is accepted
    p.add(new Probe("hexpay", "payIns().list", null, () -> hx.payIns().list(PayInQuery.all())));
    // batches
    p.add(new Probe("hexpay", "batchPayouts().upload", "batch.upload", () -> hx.batchPayouts().upload(
        BatchPayoutUpload.of("AUD-BATCH-1", List.of(BatchPayoutRecord.of("0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE",
            Money.of("15.25", "USDT"), HexpayNetwork.ETHEREUM))))));
    p.add(new Probe("hexpay", "batchPayouts().query", "batch.query", () -> hx.batchPayouts().query("AUD-BATCH-1")));
    p.add(new Probe("hexpay", "batchPayouts().cancel", "batch.cancel", () -> hx.batchPayouts().cancel("AUD-BATCH-1")));
    // webhooks
    p.add(new Probe("agentpay", "webhooks().verify", "webhook.payout", () -> ap.webhooks().verify(garbageWebhook())));
    p.add(new Probe("pen", "webhooks().verify", "webhook.payout", () -> pen.webhooks().verify(garbageWebhook())));
    p.add(new Probe("vexora", "webhooks().verify", "webhook.payout", () -> vx.webhooks().verify(garbageWebhook())));
    p.add(new Probe("hexpay", "webhooks().verify", "webhook.payin", () -> hx.webhooks().verify(garbageWebhook())));
    // validation (an empty notify URL): refused before sending
    p.add(new Probe("agentpay", "payouts().create invalid", "payout.create", () -> ap.payouts().create(
        payoutRequest("agentpay", "AUD-AP-2").toBuilder().notifyUrl("not a url").build())));
    p.add(new Probe("pen", "payouts().create invalid", "payout.create", () -> pen.payouts().create(
        payoutRequest("pen", "AUD-PEN-2").toBuilder().notifyUrl("not a url").build())));
    p.add(new Probe("vexora", "payouts().create invalid", "payout.create", () -> vx.payouts().create(
        payoutRequest("vexora", "AUD-VX-2").toBuilder().notifyUrl("not a url").build())));
    p.add(new Probe("hexpay", "payIns().create invalid", "payin.create", () -> hx.payIns().create(
        PayInRequest.builder().merchantOrderNo("AUD-HX-2").amount(Money.of("5.5", "USDC")).network("polygon")
            .notifyUrl("not a url").build())));
    return p;
  }

  @Test
  void errorContextOperations_ofEveryGateway_belongToTheOneVocabulary() {
    Map<String, PaymentClient> clients = new LinkedHashMap<>();
    GATEWAYS.forEach(g -> clients.put(g, deadClient(g)));
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try {
      for (Probe probe : deadGatewayProbes(clients)) {
        Throwable t = thrownBy(probe.action());
        if (!(t instanceof PaymentException pe)) {
          problems.add(probe.gateway() + " " + probe.call() + ": expected a PaymentException, got " + describe(t));
          continue;
        }
        String op = pe.context().map(c -> c.operation()).orElse(null);
        seen.add(probe.gateway() + " " + probe.call() + " -> " + t.getClass().getSimpleName() + " op=" + op);
        if (op == null || !VOCABULARY.contains(op)
            || probe.expectedOperation() != null && !op.equals(probe.expectedOperation())) {
          problems.add(probe.gateway() + " " + probe.call() + ": " + t.getClass().getSimpleName() + " with operation "
              + op + "; expected " + (probe.expectedOperation() == null ? "a name" : probe.expectedOperation())
              + " of the vocabulary " + new TreeSet<>(VOCABULARY));
        }
      }
    } finally {
      clients.values().forEach(PaymentClient::close);
    }
    System.out.println("[audit] operations seen:\n  " + String.join("\n  ", seen));
    assertThat(problems).isEmpty();
  }

  @Test
  void errorContextOperations_againstTheSimulators_belongToTheOneVocabulary() throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (AgentPaySimulator apSim = AgentPaySimulator.start();
        HexpaySimulator hxSim = HexpaySimulator.start();
        PenPayoutSimulator penSim = PenPayoutSimulator.start();
        VexoraSimulator vxSim = VexoraSimulator.start();
        AgentPayClient ap = AgentPayClient.builder().baseUrl(apSim.baseUrl()).merchantId(apSim.merchantId())
            .secret("wrong-secret").build();
        AgentPayClient apOk = AgentPayClient.builder().baseUrl(apSim.baseUrl()).merchantId(apSim.merchantId())
            .secret(apSim.secretKey()).build();
        HexpayClient hx = HexpayClient.builder().baseUrl(hxSim.baseUrl()).mchNo(hxSim.mchNo()).appId(hxSim.appId())
            .merchantPrivateKey(hxSim.merchantPrivateKeyPem()).platformPublicKey(hxSim.platformPublicKeyPem())
            .appSecret(hxSim.appSecret()).build();
        PenPayoutClient pen = PenPayoutClient.builder().baseUrl(penSim.baseUrl()).merchantId(penSim.merchantId())
            .secret("wrong-secret").build();
        PenPayoutClient penOk = PenPayoutClient.builder().baseUrl(penSim.baseUrl()).merchantId(penSim.merchantId())
            .secret(penSim.secretKey()).build();
        VexoraClient vx = VexoraClient.builder().baseUrl(vxSim.baseUrl()).merchantId(vxSim.merchantNo())
            .secret("wrong-secret").build();
        VexoraClient vxOk = VexoraClient.builder().baseUrl(vxSim.baseUrl()).merchantId(vxSim.merchantNo())
            .secret(vxSim.appSecret()).build()) {
      List<Probe> probes = List.of(
          // a wrong secret: refused
          new Probe("agentpay", "create, wrong secret", "payout.create",
              () -> ap.payouts().create(payoutRequest("agentpay", "SIM-AP-1"))),
          new Probe("pen", "create, wrong secret", "payout.create",
              () -> pen.payouts().create(payoutRequest("pen", "SIM-PEN-1"))),
          new Probe("vexora", "create, wrong secret", "payout.create",
              () -> vx.payouts().create(payoutRequest("vexora", "SIM-VX-1"))),
          new Probe("agentpay", "balance, wrong secret", "balance.query", () -> ap.balances().list()),
          new Probe("vexora", "balance, wrong secret", "balance.query", () -> vx.balances().list()),
          // an unknown order
          new Probe("agentpay", "retrieve unknown", "payout.query",
              () -> apOk.payouts().retrieve(PayoutLookup.byMerchantOrderNo("SIM-NONE-1"))),
          new Probe("pen", "retrieve unknown", "payout.query",
              () -> penOk.payouts().retrieve(PayoutLookup.byMerchantOrderNo("SIM-NONE-1"))),
          new Probe("vexora", "retrieve unknown", "payout.query",
              () -> vxOk.payouts().retrieve(PayoutLookup.byMerchantOrderNo("SIM-NONE-1"))),
          new Probe("hexpay", "retrieve unknown", "payin.query",
              () -> hx.payIns().retrieve(PayInLookup.byMerchantOrderNo("SIM-NONE-1"))),
          new Probe("hexpay", "batch query unknown", "batch.query", () -> hx.batchPayouts().query("SIM-NONE-1")),
          new Probe("hexpay", "batch cancel unknown", "batch.cancel", () -> hx.batchPayouts().cancel("SIM-NONE-1")));
      for (Probe probe : probes) {
        Throwable t = thrownBy(probe.action());
        if (!(t instanceof PaymentException pe)) {
          problems.add(probe.gateway() + " " + probe.call() + ": expected a PaymentException, got " + describe(t));
          continue;
        }
        String op = pe.context().map(c -> c.operation()).orElse(null);
        seen.add(probe.gateway() + " " + probe.call() + " -> " + t.getClass().getSimpleName() + " op=" + op);
        if (op == null || !VOCABULARY.contains(op) || !op.equals(probe.expectedOperation())) {
          problems.add(probe.gateway() + " " + probe.call() + ": " + t.getClass().getSimpleName() + " with operation "
              + op + "; expected " + probe.expectedOperation());
        }
      }
    }
    System.out.println("[audit] simulator operations seen:\n  " + String.join("\n  ", seen));
    assertThat(problems).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // the same misuse, the same exception type

  /** Each gateway's exception type for a misuse; every gateway must agree. */
  static void assertSameTypeOnEveryGateway(String misuse, Map<String, ThrowingRunnable> calls, List<String> problems) {
    Map<String, String> types = new LinkedHashMap<>();
    calls.forEach((gateway, call) -> {
      Throwable t = thrownBy(call);
      types.put(gateway, t == null ? "nothing" : t.getClass().getSimpleName());
      System.out.println("[audit] " + misuse + " / " + gateway + " -> " + describe(t));
    });
    if (new java.util.HashSet<>(types.values()).size() > 1) {
      problems.add(misuse + ": " + types);
    }
  }

  @Test
  void callAfterClose_throwsTheSameTypeOnEveryGateway() {
    List<String> problems = new ArrayList<>();
    AgentPayClient ap = (AgentPayClient) deadClient("agentpay");
    HexpayClient hx = (HexpayClient) deadClient("hexpay");
    PenPayoutClient pen = (PenPayoutClient) deadClient("pen");
    VexoraClient vx = (VexoraClient) deadClient("vexora");
    List.of(ap, hx, pen, vx).forEach(PaymentClient::close);
    Map<String, ThrowingRunnable> query = new LinkedHashMap<>();
    query.put("agentpay", () -> ap.payouts().retrieve(PayoutLookup.byMerchantOrderNo("AUD-C-1")));
    query.put("hexpay", () -> hx.payIns().retrieve(PayInLookup.byMerchantOrderNo("AUD-C-1")));
    query.put("pen", () -> pen.payouts().retrieve(PayoutLookup.byMerchantOrderNo("AUD-C-1")));
    query.put("vexora", () -> vx.payouts().retrieve(PayoutLookup.byMerchantOrderNo("AUD-C-1")));
    assertSameTypeOnEveryGateway("retrieve after close()", query, problems);
    Map<String, ThrowingRunnable> create = new LinkedHashMap<>();
    create.put("agentpay", () -> ap.payouts().create(payoutRequest("agentpay", "AUD-C-2")));
    create.put("hexpay", () -> hx.payIns().create(payInRequest("AUD-C-2")));
    create.put("pen", () -> pen.payouts().create(payoutRequest("pen", "AUD-C-2")));
    create.put("vexora", () -> vx.payouts().create(payoutRequest("vexora", "AUD-C-2")));
    assertSameTypeOnEveryGateway("create after close()", create, problems);
    Map<String, ThrowingRunnable> balance = new LinkedHashMap<>();
    balance.put("agentpay", () -> ap.balances().list());
    balance.put("hexpay", () -> hx.balances().list());
    balance.put("vexora", () -> vx.balances().list());
    assertSameTypeOnEveryGateway("balances().list() after close()", balance, problems);
    Map<String, ThrowingRunnable> reconcile = new LinkedHashMap<>();
    reconcile.put("agentpay", () -> ap.payouts().reconcile("AUD-C-3"));
    reconcile.put("pen", () -> pen.payouts().reconcile("AUD-C-3"));
    reconcile.put("vexora", () -> vx.payouts().reconcile("AUD-C-3"));
    assertSameTypeOnEveryGateway("reconcile after close()", reconcile, problems);
    Map<String, ThrowingRunnable> nativeQuery = new LinkedHashMap<>();
    nativeQuery.put("agentpay", () -> ap.payouts().query(PayoutQuery.byMerchantOrderNo("AUD-C-4")));
    nativeQuery.put("hexpay", () -> hx.payIns().query(PayInLookup.byMerchantOrderNo("AUD-C-4")));
    nativeQuery.put("pen", () -> pen.payouts().query(PenPayoutQuery.byMerchantOrderNo("AUD-C-4")));
    nativeQuery.put("vexora", () -> vx.payouts().query("AUD-C-4"));
    assertSameTypeOnEveryGateway("native query after close()", nativeQuery, problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void nullRequest_throwsTheSameTypeOnEveryGateway() {
    List<String> problems = new ArrayList<>();
    AgentPayClient ap = (AgentPayClient) deadClient("agentpay");
    HexpayClient hx = (HexpayClient) deadClient("hexpay");
    PenPayoutClient pen = (PenPayoutClient) deadClient("pen");
    VexoraClient vx = (VexoraClient) deadClient("vexora");
    try {
      Map<String, ThrowingRunnable> create = new LinkedHashMap<>();
      create.put("agentpay", () -> ap.payouts().create(null));
      create.put("hexpay", () -> hx.payIns().create(null));
      create.put("pen", () -> pen.payouts().create(null));
      create.put("vexora", () -> vx.payouts().create(null));
      assertSameTypeOnEveryGateway("neutral create(null)", create, problems);
      Map<String, ThrowingRunnable> retrieve = new LinkedHashMap<>();
      retrieve.put("agentpay", () -> ap.payouts().retrieve(null));
      retrieve.put("hexpay", () -> hx.payIns().retrieve(null));
      retrieve.put("pen", () -> pen.payouts().retrieve(null));
      retrieve.put("vexora", () -> vx.payouts().retrieve(null));
      assertSameTypeOnEveryGateway("neutral retrieve(null)", retrieve, problems);
      Map<String, ThrowingRunnable> nativeCreate = new LinkedHashMap<>();
      nativeCreate.put("agentpay", () -> ap.payouts().apply((PayoutApply) null));
      nativeCreate.put("hexpay", () -> hx.payIns().createOrder(null));
      nativeCreate.put("pen", () -> pen.payouts().payOut((PenPayoutRequest) null));
      nativeCreate.put("vexora", () -> vx.payouts().disburse((DisbursementRequest) null));
      assertSameTypeOnEveryGateway("native create(null) (apply/createOrder/payOut/disburse)", nativeCreate, problems);
      Map<String, ThrowingRunnable> nativeQuery = new LinkedHashMap<>();
      nativeQuery.put("agentpay", () -> ap.payouts().query((PayoutQuery) null));
      nativeQuery.put("hexpay", () -> hx.payIns().query(null));
      nativeQuery.put("pen", () -> pen.payouts().query((PenPayoutQuery) null));
      nativeQuery.put("vexora", () -> vx.payouts().query((String) null));
      assertSameTypeOnEveryGateway("native query(null)", nativeQuery, problems);
      Map<String, ThrowingRunnable> reconcile = new LinkedHashMap<>();
      reconcile.put("agentpay", () -> ap.payouts().reconcile(null));
      reconcile.put("pen", () -> pen.payouts().reconcile(null));
      reconcile.put("vexora", () -> vx.payouts().reconcile(null));
      assertSameTypeOnEveryGateway("reconcile(null)", reconcile, problems);
      Map<String, ThrowingRunnable> verify = new LinkedHashMap<>();
      verify.put("agentpay", () -> ap.webhooks().verify(null));
      verify.put("hexpay", () -> hx.webhooks().verify(null));
      verify.put("pen", () -> pen.webhooks().verify(null));
      verify.put("vexora", () -> vx.webhooks().verify(null));
      assertSameTypeOnEveryGateway("webhooks().verify(null)", verify, problems);
      Map<String, ThrowingRunnable> verifyNotification = new LinkedHashMap<>();
      verifyNotification.put("agentpay", () -> ap.webhooks().verifyNotification(null));
      verifyNotification.put("hexpay", () -> hx.webhooks().verifyNotification(null));
      verifyNotification.put("pen", () -> pen.webhooks().verifyNotification(null));
      verifyNotification.put("vexora", () -> vx.webhooks().verifyNotification(null));
      assertSameTypeOnEveryGateway("webhooks().verifyNotification(null)", verifyNotification, problems);
      Map<String, ThrowingRunnable> batch = new LinkedHashMap<>();
      batch.put("hexpay upload", () -> hx.batchPayouts().upload(null));
      batch.put("hexpay query", () -> hx.batchPayouts().query(null));
      batch.put("hexpay cancel", () -> hx.batchPayouts().cancel(null));
      batch.put("hexpay listOrders", () -> hx.payIns().listOrders(null));
      batch.put("hexpay list", () -> hx.payIns().list(null));
      assertSameTypeOnEveryGateway("hexpay batch/list methods with null (vs NPE elsewhere)", batch, problems);
    } finally {
      List.of(ap, hx, pen, vx).forEach(PaymentClient::close);
    }
    assertThat(problems).isEmpty();
  }

  /** The same misuse (a blank merchant order number) must fail with the same type on every gateway. */
  @Test
  void blankMerchantOrderNoToQuery_throwsTheSameTypeOnEveryGateway() {
    List<String> problems = new ArrayList<>();
    AgentPayClient ap = (AgentPayClient) deadClient("agentpay");
    HexpayClient hx = (HexpayClient) deadClient("hexpay");
    PenPayoutClient pen = (PenPayoutClient) deadClient("pen");
    VexoraClient vx = (VexoraClient) deadClient("vexora");
    try {
      // the gateway's own query, by a blank merchant order number, built and sent as a caller would
      Map<String, ThrowingRunnable> nativeQuery = new LinkedHashMap<>();
      nativeQuery.put("agentpay", () -> ap.payouts().query(PayoutQuery.byMerchantOrderNo(" ")));
      nativeQuery.put("hexpay", () -> hx.payIns().query(PayInLookup.byMerchantOrderNo(" ")));
      nativeQuery.put("pen", () -> pen.payouts().query(PenPayoutQuery.byMerchantOrderNo(" ")));
      nativeQuery.put("vexora", () -> vx.payouts().query(" "));
      assertSameTypeOnEveryGateway("native query by a blank merchant order number", nativeQuery, problems);
      Map<String, ThrowingRunnable> reconcile = new LinkedHashMap<>();
      reconcile.put("agentpay", () -> ap.payouts().reconcile(" "));
      reconcile.put("pen", () -> pen.payouts().reconcile(" "));
      reconcile.put("vexora", () -> vx.payouts().reconcile(" "));
      assertSameTypeOnEveryGateway("reconcile(\" \")", reconcile, problems);
      Map<String, ThrowingRunnable> neutral = new LinkedHashMap<>();
      neutral.put("agentpay", () -> ap.payouts().retrieve(PayoutLookup.byMerchantOrderNo(" ")));
      neutral.put("hexpay", () -> hx.payIns().retrieve(PayInLookup.byMerchantOrderNo(" ")));
      neutral.put("pen", () -> pen.payouts().retrieve(PayoutLookup.byMerchantOrderNo(" ")));
      neutral.put("vexora", () -> vx.payouts().retrieve(PayoutLookup.byMerchantOrderNo(" ")));
      assertSameTypeOnEveryGateway("neutral retrieve by a blank merchant order number", neutral, problems);
    } finally {
      List.of(ap, hx, pen, vx).forEach(PaymentClient::close);
    }
    assertThat(problems).isEmpty();
  }
}
