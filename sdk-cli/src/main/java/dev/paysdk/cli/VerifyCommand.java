package dev.paysdk.cli;

import dev.paysdk.core.sign.Signer;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paysdk verify}: checks a captured message's signature and explains a mismatch. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    header = "Verify a captured message's signature; explain a mismatch.",
    description = {"Verify the signature of a captured request, webhook or answer, and explain a mismatch: which "
        + "fields were signed and skipped, the canonical string, and the likely cause it can detect (a field in the "
        + "query string instead of the body, a number that lost its trailing zeros, a re-serialized JSON body, a "
        + "wrong field set, whitespace in the secret; with --expected, a wrong secret versus a wrong field set).",
        "Input (standard input or --in): a raw HTTP request or response (start line, headers, blank line, body), or "
            + "a body alone with -H and --query for what came beside it."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the signature verifies", "1:it does not (mismatch, or no signature found)",
        ExitCode.HELP_BAD_INPUT, ExitCode.HELP_FAILED},
    footer = {"%nExamples:",
        "  paysdk verify --gateway agentpay --secret-env AGENTPAY_SECRET --in callback.http",
        "  paysdk verify --gateway pen --secret-file pen.secret --in webhook.json -H 'Sign: 5E0AA05D...'",
        "  paysdk verify --gateway hexpay --key platform-public.pem --in webhook.http",
        "  paysdk verify --rule C --secret-env VEXORA_SECRET --in body.json --expected 7c6a180b36896a0a8c02787eeafb0e4c"})
final class VerifyCommand implements Callable<Integer> {
  private final Context ctx;

  @ArgGroup(multiplicity = "1")
  SignCommand.RuleChoice choice;

  @Mixin
  SecretOptions secrets;

  @Option(names = "--in", paramLabel = "FILE", description = "Read the message from FILE instead of standard input.")
  Path in;

  @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
      description = "A header that came with a body given alone (repeatable), such as 'Sign: ...'.")
  List<String> headers = List.of();

  @Option(names = "--query", paramLabel = "QUERY", description = "The query string that came with a body given alone.")
  String query;

  @Option(names = "--signature", paramLabel = "SIG",
      description = "The signature to check, when it is not in the message (default: the Sign header for PEN, "
          + "else the sign field of the body, of its data object, or of the query string).")
  String signature;

  @Option(names = "--expected", paramLabel = "SIG",
      description = "The signature the other side computes for this message (from the gateway's support or logs): "
          + "tells a wrong secret from a wrong field set.")
  String expected;

  VerifyCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Message m = message();
    Fields body = Fields.ofBody(m.body);
    Map<String, String> queryParams = m.query();
    Gateway gateway = choice.gateway == null ? null : Gateway.named(choice.gateway);

    Found found = findSignature(gateway, m, body, queryParams);
    Fields signed = signedFields(m, body, queryParams, found);
    Rule rule = gateway != null ? gateway.ruleFor(found.value != null ? found.value : expected, secrets.hasKey(),
        secrets.hasSecret()) : Rule.named(choice.rule);
    String secret = null;
    PublicKey key = null;
    if (rule.usesKey()) {
      key = secrets.publicKey(ctx);
    } else {
      secret = secrets.secret(ctx).orElseThrow(() -> new BadInputException("rule " + rule.name()
          + " verifies with a secret: give it with --secret-file FILE, --secret-env NAME or --secret"));
    }
    Diagnosis d = new Diagnosis(rule, secret, key, signed, body, queryParams);
    String canonical = d.canonical();
    Signer signer = d.signer();
    String computed = rule.usesKey() ? null : signer.sign(canonical);

    Report.canonical(ctx.out(), rule, gateway == null ? null : gateway.cliName, signed, canonical);
    Report.line(ctx.out(), "signature", found.value == null ? "none found (looked in " + found.where + ")"
        : found.value + " (" + found.where + ")");
    if (computed != null) {
      Report.line(ctx.out(), "computed", computed + " (this secret over these fields)");
    }
    boolean ok = found.value != null && Diagnosis.matches(signer, canonical, found.value);
    if (ok) {
      Report.line(ctx.out(), "result", "VERIFIED");
      if (expected != null && !Diagnosis.matches(signer, canonical, expected)) {
        Report.line(ctx.out(), "expected", "does not match, while the message's own signature does: the other side "
            + "signs differently from the sender");
        explainExpected(d, canonical, signer);
      }
      return ExitCode.OK;
    }
    Report.line(ctx.out(), "result", found.value == null ? "MISMATCH: the message carries no signature"
        : "MISMATCH: the signature does not match these fields with this " + (rule.usesKey() ? "key" : "secret"));
    if (found.value != null) {
      List<Diagnosis.Variant> causes = new ArrayList<>(Diagnosis.matching(d.representation(), found.value));
      causes.addAll(Diagnosis.matching(d.fieldSet(), found.value));
      causes.addAll(Diagnosis.matching(d.secretVariants(), found.value));
      for (Diagnosis.Variant c : causes) {
        Report.line(ctx.out(), "cause", c.title() + ": " + c.detail());
        Report.line(ctx.out(), "", "canonical then: " + Visible.of(c.canonical()));
      }
      if (causes.isEmpty()) {
        Report.line(ctx.out(), "cause", "none of the usual ones (a field in the query string, trailing zeros of a "
            + "number, re-serialized JSON, one field left out or an empty one kept, the sort order, whitespace "
            + "around the secret)");
        if (expected == null) {
          Report.line(ctx.out(), "hint", "a wrong " + (rule.usesKey() ? "key" : "secret")
              + " or another field set: give --expected SIG (the signature the other side computes) to tell which");
        }
      }
    }
    if (expected != null) {
      explainExpected(d, canonical, signer);
    }
    return ExitCode.MISMATCH;
  }

  /**
   * With the signature the other side computes: it either matches these fields with this secret (the
   * sender is wrong), or a variant of the field set (the other side signs other fields), or nothing
   * (the secret differs).
   */
  private void explainExpected(Diagnosis d, String canonical, Signer signer) {
    String what = d.signer().algorithm().startsWith("SHA256") ? "key" : "secret";
    if (Diagnosis.matches(signer, canonical, expected)) {
      Report.line(ctx.out(), "expected", "matches these fields with this " + what + ": the " + what
          + " and the field set are right, the message's signature is not");
      return;
    }
    List<Diagnosis.Variant> fieldSets = new ArrayList<>(Diagnosis.matching(d.representation(), expected));
    fieldSets.addAll(Diagnosis.matching(d.fieldSet(), expected));
    if (!fieldSets.isEmpty()) {
      for (Diagnosis.Variant v : fieldSets) {
        Report.line(ctx.out(), "expected", "WRONG FIELD SET, not a wrong " + what + ": the expected signature is this "
            + what + " over another reading of the message: " + v.title() + ". " + v.detail());
      }
      return;
    }
    List<Diagnosis.Variant> secretFix = Diagnosis.matching(d.secretVariants(), expected);
    if (!secretFix.isEmpty()) {
      Report.line(ctx.out(), "expected", secretFix.get(0).title() + ": " + secretFix.get(0).detail());
      return;
    }
    Report.line(ctx.out(), "expected", "WRONG " + what.toUpperCase(java.util.Locale.ROOT) + ", not a wrong field set: "
        + "no reading of these fields with this " + what + " gives the expected signature, so the other side signs "
        + "with another " + what + " (a test " + what + " against production, another merchant's, or a copy with a "
        + "typo).");
  }

  private record Found(String value, String where, boolean inData) {}

  private Found findSignature(Gateway gateway, Message m, Fields body, Map<String, String> queryParams) {
    if (signature != null) {
      return new Found(signature, "--signature", false);
    }
    if (gateway != null && gateway.signatureHeader != null) {
      String h = m.header(gateway.signatureHeader);
      return new Found(h == null || h.isBlank() ? null : h, "header " + gateway.signatureHeader, false);
    }
    String top = body.fields().get("sign");
    if (top != null && !top.isEmpty()) {
      return new Found(top, "field sign of " + body.source().label, false);
    }
    var data = body.dataObject();
    if (data.isPresent() && data.get().fields().get("sign") != null) {
      return new Found(data.get().fields().get("sign"), "field sign of the data object", true);
    }
    String q = queryParams.get("sign");
    if (q != null && !q.isEmpty()) {
      return new Found(q, "parameter sign of the query string", false);
    }
    String header = m.header("Sign");
    if (header != null) {
      return new Found(header, "header Sign", false);
    }
    return new Found(null, gateway != null && gateway.signatureHeader != null ? "header " + gateway.signatureHeader
        : "the body's sign field, its data object and the query string", false);
  }

  /** The fields the gateways sign: an answer's data object, else the body, else the query string. */
  private static Fields signedFields(Message m, Fields body, Map<String, String> queryParams, Found found) {
    var data = body.dataObject();
    boolean answer = m.kind == Message.Kind.RESPONSE || body.fields().containsKey("code")
        || body.fields().containsKey("msg");
    if (data.isPresent() && (found.inData || answer)) {
      return data.get();
    }
    if (!body.isEmpty()) {
      return body;
    }
    return new Fields(Fields.Source.QUERY, queryParams);
  }

  private Message message() {
    Message m = Message.parse(Input.read(ctx, in));
    List<Map.Entry<String, String>> extra = new ArrayList<>();
    for (String h : headers) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        throw new BadInputException("-H takes 'Name: value', not '" + h + "'");
      }
      extra.add(Map.entry(h.substring(0, colon).strip(), h.substring(colon + 1).strip()));
    }
    if (m.kind == Message.Kind.BODY) {
      List<Map.Entry<String, String>> all = new ArrayList<>(m.headers);
      all.addAll(extra);
      return Message.of(m.body, all, query);
    }
    if (query != null) {
      throw new BadInputException("--query is for a body given alone; this message has its own request line");
    }
    return m.withHeaders(extra);
  }
}
