package dev.paysdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.agentpay.AgentPayClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first call in a fresh JVM, whole processes: each pair runs one child JVM that makes its first
 * AgentPay balance query with the SDK and one that makes it by hand with OkHttp and Jackson (the order
 * alternating), against a loopback server in this process that serves a signed answer (its work is
 * not the children's). Per child: wall time from launch to exit (measured here), the child's own
 * process CPU time and the number of classes it loaded (reported by the child at the end of
 * {@code main}). Both children must read the same balance. Then one more child of each kind runs with
 * {@code -verbose:class} to count what was loaded from Jackson's data binding.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.paysdk.benchmarks.ColdStart [pairs]
 * </pre>
 */
public final class ColdStart {
  private static final String PATH = "/api/agentpay/query_balance";

  private ColdStart() {}

  /** One child's figures. */
  record Child(String mode, long wallNanos, long cpuNanos, long classes, long paise) {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1], args[2], args[3], args[4]);
      return;
    }
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String[] captured = CallWorkloads.AgentPayBalance.capture();
    try (FixedAnswerServer server = FixedAnswerServer.start().answer(PATH, "application/json", captured[2])) {
      List<Child> sdk = new ArrayList<>();
      List<Child> hand = new ArrayList<>();
      launch("sdk", server, captured, List.of()); // page the jar in once before measuring
      for (int i = 0; i < pairs; i++) {
        boolean sdkFirst = i % 2 == 0;
        Child a = launch(sdkFirst ? "sdk" : "hand", server, captured, List.of());
        Child b = launch(sdkFirst ? "hand" : "sdk", server, captured, List.of());
        (sdkFirst ? sdk : hand).add(a);
        (sdkFirst ? hand : sdk).add(b);
        RawJdk.requireSame("balance read by both children", a.paise(), b.paise());
      }
      System.out.printf(Locale.ROOT, "# first balance call in a fresh JVM, %d pairs (order alternating)%n", pairs);
      print("sdk", sdk);
      print("by hand", hand);
      System.out.println("sdk / by hand (median [p10-p90] of the pairs' ratios): wall "
          + ClientCost.ratio(ratios(sdk, hand, Child::wallNanos)) + ", process CPU "
          + ClientCost.ratio(ratios(sdk, hand, Child::cpuNanos)) + ", classes "
          + ClientCost.ratio(ratios(sdk, hand, Child::classes)));
      for (String mode : new String[] {"sdk", "hand"}) {
        System.out.println(mode + ": classes loaded by package group: " + loadedGroups(mode, server, captured));
      }
    }
  }

  private static double[] ratios(List<Child> sdk, List<Child> hand, java.util.function.ToLongFunction<Child> f) {
    double[] r = new double[sdk.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsLong(sdk.get(i)) / (double) f.applyAsLong(hand.get(i));
    }
    return r;
  }

  private static void print(String label, List<Child> children) {
    double[] wall = children.stream().mapToDouble(Child::wallNanos).toArray();
    double[] cpu = children.stream().mapToDouble(Child::cpuNanos).toArray();
    double[] classes = children.stream().mapToDouble(Child::classes).toArray();
    System.out.printf(Locale.ROOT, "%-8s wall %s  process CPU %s  classes %.0f  (medians)%n", label,
        ClientCost.time(ClientCost.percentile(wall, 0.5)), ClientCost.time(ClientCost.percentile(cpu, 0.5)),
        ClientCost.percentile(classes, 0.5));
  }

  private static List<String> command(String mode, FixedAnswerServer server, String[] captured, List<String> jvmArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), "child", mode,
        server.baseUrl(), captured[0], captured[1]));
    return cmd;
  }

  static Child launch(String mode, FixedAnswerServer server, String[] captured, List<String> jvmArgs)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command(mode, server, captured, jvmArgs)).redirectErrorStream(true);
    long t0 = System.nanoTime();
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    int rc = p.waitFor();
    long wall = System.nanoTime() - t0;
    String text = new String(out, StandardCharsets.UTF_8);
    String last = text.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
    if (rc != 0 || last == null) {
      throw new IllegalStateException(mode + " child failed (exit " + rc + "): " + text);
    }
    String[] f = last.split(" ");
    return new Child(mode, wall, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }

  /** Runs one child with {@code -verbose:class} and counts the classes it loaded, by group. */
  private static Map<String, Integer> loadedGroups(String mode, FixedAnswerServer server, String[] captured)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("paysdk-classes", ".log");
    try {
      launch(mode, server, captured, List.of("-Xlog:class+load=info:file=" + log));
      Map<String, Integer> groups = new TreeMap<>();
      for (String line : Files.readAllLines(log)) {
        int at = line.indexOf("] ");
        String name = at < 0 ? line : line.substring(at + 2).split(" ")[0];
        String group = name.startsWith("com.fasterxml.jackson.databind") ? "jackson-databind"
            : name.startsWith("com.fasterxml.jackson.core") ? "jackson-core"
            : name.startsWith("okhttp3") || name.startsWith("okio") || name.startsWith("kotlin") ? "okhttp+okio+kotlin"
            : name.startsWith("dev.paysdk") ? "paysdk" : name.startsWith("java") || name.startsWith("sun")
                || name.startsWith("jdk") || name.startsWith("com.sun") ? "jdk" : "other";
        groups.merge(group, 1, Integer::sum);
      }
      return groups;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The child: one first call, then "RESULT cpuNanos classes paise". */
  static void child(String mode, String baseUrl, String merchantId, String secret) throws Exception {
    long paise = mode.equals("sdk") ? sdkCall(baseUrl, merchantId, secret) : handCall(baseUrl, merchantId, secret);
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    System.out.println("RESULT " + cpu + " " + classes + " " + paise);
    System.out.flush();
    Runtime.getRuntime().halt(0); // no wait for OkHttp's idle threads: both sides exit alike
  }

  static long sdkCall(String baseUrl, String merchantId, String secret) {
    AgentPayClient client = AgentPayClient.builder().baseUrl(baseUrl).merchantId(merchantId).secretKey(secret).build();
    return client.balances().query().available().toMinorUnits();
  }

  static long handCall(String baseUrl, String merchantId, String secret) throws IOException {
    String reqTime = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(ZonedDateTime.now(ZoneId.of("Asia/Kolkata")));
    String sign = RawJdk.md5Hex("mchId=" + merchantId + "&reqTime=" + reqTime + "&key=" + secret, true);
    OkHttpClient http = new OkHttpClient();
    FormBody form = new FormBody.Builder().add("mchId", merchantId).add("reqTime", reqTime).add("sign", sign).build();
    String body;
    try (Response r = http.newCall(new Request.Builder().url(baseUrl + PATH).post(form).build()).execute()) {
      body = r.body().string();
    }
    JsonNode answer = new ObjectMapper().readTree(body);
    if (!"SUCCESS".equals(answer.path("retCode").asText())) {
      throw new IllegalStateException("refused");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : answer.properties()) {
      if (!f.getValue().isNull()) {
        fields.put(f.getKey(), f.getValue().asText());
      }
    }
    String expected = RawJdk.ruleA(fields, secret);
    String received = fields.getOrDefault("sign", "").toUpperCase(Locale.ROOT);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8))) {
      throw new IllegalStateException("bad signature");
    }
    return answer.path("availableAmount").longValue();
  }
}
