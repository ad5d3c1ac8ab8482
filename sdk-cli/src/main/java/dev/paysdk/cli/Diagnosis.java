package dev.paysdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.sign.Signer;
import dev.paysdk.core.sign.Signers;
import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Looks for why a signature does not match: it recomputes the canonical string the ways a sender
 * commonly gets it wrong (a field in the query string, a number that lost or gained trailing zeros,
 * JSON re-serialized by a library, a field left out or an empty one kept, another sort order, the
 * secret with whitespace) and reports each variant under which the signature does verify.
 */
final class Diagnosis {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  /** A number written with an exponent ({@code 1e2}, {@code 1.5E+3}). */
  private static final Pattern EXPONENT = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d{1,4}");
  /** A plain mapper, as a merchant's code would use: floating-point numbers become doubles. */
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** A mapper that writes object keys in sorted order, as some libraries do. */
  private static final ObjectMapper SORTED = new ObjectMapper()
      .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /**
   * One way of recomputing.
   *
   * @param title the likely cause, as the report names it
   * @param detail what differs and what to do
   * @param canonical the canonical string of this variant
   * @param signer signs or verifies it
   */
  record Variant(String title, String detail, String canonical, Signer signer) {}

  private final Rule rule;
  private final String secret;
  private final PublicKey publicKey;
  private final Fields signed;
  private final Fields body;
  private final Map<String, String> query;

  /**
   * @param rule the rule
   * @param secret the secret of rules A and C, else null
   * @param publicKey the key of rule B, else null
   * @param signed the fields signed by the primary reading
   * @param body the body's fields
   * @param query the query parameters
   */
  Diagnosis(Rule rule, String secret, PublicKey publicKey, Fields signed, Fields body, Map<String, String> query) {
    this.rule = rule;
    this.secret = secret;
    this.publicKey = publicKey;
    this.signed = signed;
    this.body = body;
    this.query = query;
  }

  Signer signer() {
    return rule.signer(secret, null, publicKey);
  }

  String canonical() {
    return rule.canonicalizer.canonicalize(signed.fields());
  }

  static boolean matches(Signer signer, String canonical, String signature) {
    try {
      signer.verify(canonical, signature);
      return true;
    } catch (SignatureVerificationException | IllegalStateException e) {
      return false;
    }
  }

  /** The variants of how the message was represented (query, numbers, JSON), in the order they are tried. */
  List<Variant> representation() {
    List<Variant> out = new ArrayList<>();
    Signer s = signer();
    if (!query.isEmpty() && signed.source() != Fields.Source.QUERY && !body.isEmpty()) {
      Map<String, String> all = new LinkedHashMap<>(signed.fields());
      all.putAll(query);
      List<String> names = query.keySet().stream().filter(k -> !k.equals("sign")).toList();
      out.add(new Variant("a field travelled in the query string instead of the body",
          "the signature covers " + String.join(", ", names) + " from the URL query string together with the body: the "
              + "sender signed them as body fields but sent them in the URL (or the receiving framework merged "
              + "query and body parameters). Send every signed field where the gateway reads it.",
          canon(all), s));
    }
    Map<String, String> stripped = new LinkedHashMap<>(signed.fields());
    List<String> strippedChanges = new ArrayList<>();
    Map<String, String> padded = new LinkedHashMap<>(signed.fields());
    List<String> paddedChanges = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      // an amount: a decimal, or a whole number without a leading zero (a phone or an account number
      // written as digits is text: "0812000111" never loses its zero)
      if (v == null || !NUMBER.matcher(v).matches() || (!v.contains(".") && v.length() > 1 && v.startsWith("0"))) {
        return;
      }
      BigDecimal d = new BigDecimal(v);
      String plain = d.stripTrailingZeros().toPlainString();
      if (!plain.equals(v)) {
        stripped.put(k, plain);
        strippedChanges.add(k + "=" + plain + " (the message has " + v + ")");
      }
      if (d.scale() < 2) {
        String two = d.setScale(2).toPlainString();
        padded.put(k, two);
        paddedChanges.add(k + "=" + two + " (the message has " + v + ")");
      }
    });
    if (!strippedChanges.isEmpty()) {
      out.add(new Variant("a number lost its trailing zeros before it was signed",
          "the signature covers " + String.join(", ", strippedChanges) + ": the sender formatted the number (through "
              + "a double, or stripTrailingZeros) for signing but sent its original text. Sign exactly the text that "
              + "is sent.", canon(stripped), s));
      if (strippedChanges.size() > 1) {
        // one number at a time too: a sender may format its amount and leave another number alone
        for (String change : strippedChanges) {
          String field = change.substring(0, change.indexOf('='));
          Map<String, String> one = new LinkedHashMap<>(signed.fields());
          one.put(field, stripped.get(field));
          out.add(new Variant("a number lost its trailing zeros before it was signed",
              "the signature covers " + change + ": the sender formatted the number (through a double, or "
                  + "stripTrailingZeros) for signing but sent its original text. Sign exactly the text that is sent.",
              canon(one), s));
        }
      }
    }
    exponents(s, out);
    encodingVariants(s, out);
    String staleSign = signed.fields().get("sign");
    if (staleSign != null && !staleSign.isEmpty() && rule != Rule.B && rule != Rule.B_COMPACT) {
      out.add(new Variant("the sign field itself was signed",
          "the signature covers sign=" + Visible.of(staleSign) + " too: the body carries a sign field (a stale one, "
              + "or the signature of another layer) and the signer put it into the canonical string. Leave sign "
              + "out of what is signed.", withSign(), s));
    }
    if (!paddedChanges.isEmpty()) {
      out.add(new Variant("a number lost its trailing zeros after it was signed",
          "the signature covers " + String.join(", ", paddedChanges) + ": the sender signed the amount with its "
              + "decimals, then its JSON or form serializer wrote it without them (a double, or a proxy that "
              + "re-wrote the body). Sign exactly the text that is sent.", canon(padded), s));
    }
    for (Reserialized r : reserializations()) {
      if (out.stream().noneMatch(v -> v.canonical().equals(canon(r.fields())))) {
        out.add(new Variant("a re-serialized JSON body",
            "the signature matches the fields as a JSON library re-writes them (" + String.join(", ", r.changes())
                + "), not the body as received: the signer (or the verifying code) parsed the JSON and signed a "
                + "re-serialized copy. Sign and verify each value exactly as written in the body.",
            canon(r.fields()), s));
      }
    }
    return out;
  }

  /** A number the body writes with an exponent ({@code 1e2}), signed as its plain digits ({@code 100}). */
  private void exponents(Signer s, List<Variant> out) {
    Map<String, String> plain = new LinkedHashMap<>(signed.fields());
    List<String> changes = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      if (v != null && EXPONENT.matcher(v).matches()) {
        String digits = new BigDecimal(v).toPlainString();
        plain.put(k, digits);
        changes.add(k + "=" + digits + " (the message writes " + v + ")");
      }
    });
    if (!changes.isEmpty()) {
      out.add(new Variant("a number written with an exponent was signed as plain digits",
          "the signature covers " + String.join(", ", changes) + ": the body writes the number with an exponent "
              + "and the signer used its value; sign the text as written, and write amounts as plain decimals.",
          canon(plain), s));
    }
  }

  /**
   * How a value's text may have changed between the wire and the signature: a form value signed
   * percent-encoded (as on the wire), CR LF line ends signed as LF, a byte-order mark (U+FEFF) read
   * into the first field's name.
   */
  private void encodingVariants(Signer s, List<Variant> out) {
    if (signed.source() == Fields.Source.FORM || signed.source() == Fields.Source.QUERY) {
      Map<String, String> encoded = new LinkedHashMap<>(signed.fields());
      List<String> changes = new ArrayList<>();
      signed.fields().forEach((k, v) -> {
        if (v != null && !k.equals("sign")) {
          String e = java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
          if (!e.equals(v)) {
            encoded.put(k, e);
            changes.add(k + "=" + e);
          }
        }
      });
      if (!changes.isEmpty()) {
        out.add(new Variant("a value was signed URL-encoded, as written on the wire",
            "the signature covers " + String.join(", ", changes) + ": the signer signed the percent-encoded text "
                + "(+ for a space) rather than the decoded value. Sign the values before encoding them.",
            canon(encoded), s));
      }
    }
    Map<String, String> lf = new LinkedHashMap<>(signed.fields());
    List<String> crlf = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      if (v != null && v.contains("\r\n")) {
        lf.put(k, v.replace("\r\n", "\n"));
        crlf.add(k);
      }
    });
    if (!crlf.isEmpty()) {
      out.add(new Variant("CR LF line ends in a value were signed as LF",
          "the signature covers " + String.join(", ", crlf) + " with LF line ends where the message has CR LF: a "
              + "layer between the signer and the wire normalised line ends. Sign the value as sent.", canon(lf), s));
    }
    Map<String, String> noBom = new LinkedHashMap<>();
    boolean bom = false;
    for (Map.Entry<String, String> e : signed.fields().entrySet()) {
      String k = e.getKey();
      if (k.startsWith("\uFEFF")) {
        k = k.substring(1);
        bom = true;
      }
      noBom.put(k, e.getValue());
    }
    if (bom) {
      out.add(new Variant("the body starts with a byte-order mark (U+FEFF, BOM)",
          "the signature matches once the invisible byte-order mark U+FEFF at the start of the body is removed: it "
              + "was read into the first field's name. Send the body without a BOM.", canon(noBom), s));
    }
  }

  private record Reserialized(Map<String, String> fields, List<String> changes) {}

  /**
   * The body as JSON libraries re-write it: objects and numbers together, objects alone (the
   * numbers kept as written), and objects with their keys sorted.
   */
  private List<Reserialized> reserializations() {
    List<Reserialized> out = new ArrayList<>();
    reserialized().ifPresent(out::add);
    if (signed.source() != Fields.Source.JSON && signed.source() != Fields.Source.DATA) {
      return out;
    }
    for (boolean sorted : new boolean[] {false, true}) {
      Map<String, String> fields = new LinkedHashMap<>(signed.fields());
      List<String> changes = new ArrayList<>();
      signed.fields().forEach((k, v) -> {
        if (v == null || !(v.startsWith("{") || v.startsWith("["))) {
          return;
        }
        try {
          JsonNode n = PLAIN.readTree(v);
          String again = sorted ? SORTED.writeValueAsString(PLAIN.treeToValue(n, Object.class)) : n.toString();
          if (!again.equals(v)) {
            fields.put(k, again);
            changes.add(k + " " + abbreviate(v) + " -> " + abbreviate(again) + (sorted ? " (keys sorted)" : ""));
          }
        } catch (java.io.IOException | RuntimeException e) {
          // not JSON: left as it is
        }
      });
      if (!changes.isEmpty()) {
        out.add(new Reserialized(fields, changes));
      }
    }
    return out;
  }

  private java.util.Optional<Reserialized> reserialized() {
    if (signed.source() != Fields.Source.JSON && signed.source() != Fields.Source.DATA) {
      return java.util.Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>(signed.fields());
    List<String> changes = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      if (v == null) {
        return;
      }
      String again = v;
      try {
        if (v.startsWith("{") || v.startsWith("[")) {
          again = PLAIN.readTree(v).toString();
        } else if (NUMBER.matcher(v).matches() && v.contains(".")) {
          JsonNode n = PLAIN.readTree(v);
          again = n.asText();
        }
      } catch (java.io.IOException | RuntimeException e) {
        return;
      }
      if (!again.equals(v)) {
        out.put(k, again);
        changes.add(k + " " + abbreviate(v) + " -> " + abbreviate(again));
      }
    });
    return changes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Reserialized(out, changes));
  }

  /** The variants of which fields were signed and how, in the order they are tried. */
  List<Variant> fieldSet() {
    List<Variant> out = new ArrayList<>();
    Signer s = signer();
    for (String name : Report.signed(rule, signed.fields())) {
      Map<String, String> without = new LinkedHashMap<>(signed.fields());
      without.remove(name);
      out.add(new Variant("a wrong field set: " + name + " was not signed",
          "the signature covers every field but " + name + ": the signer leaves " + name + " out (an optional field "
              + "it does not know, or one added after signing).", canon(without), s));
    }
    List<String> empties = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      if (v != null && v.isEmpty()) {
        empties.add(k);
      }
    });
    if (!empties.isEmpty()) {
      out.add(new Variant("a wrong field set: empty fields were signed",
          "the signature covers the empty field" + (empties.size() == 1 ? " " : "s ") + String.join(", ", empties)
              + " (as name=): the signer keeps empty values, which the gateways leave out.", withEmpties(), s));
    }
    if (rule == Rule.A) {
      String ascii = asciiFragments();
      if (!ascii.equals(canonical())) {
        out.add(new Variant("a different sort order",
            "the signature covers the fragments sorted by key in plain (case-sensitive) ASCII order; the rule sorts "
                + "whole fragments ignoring case.", ascii, s));
      }
      out.add(new Variant("the secret appended without key=",
          "the signature is MD5 of the fragments followed by the secret alone: the signer forgot the key= before "
              + "the secret.", canonical(), Signers.md5WithSaltUpperCase(secret)));
    }
    if (rule == Rule.B || rule == Rule.B_COMPACT) {
      Rule other = rule == Rule.B ? Rule.B_COMPACT : Rule.B;
      out.add(new Variant("the other canonical form of rule B",
          "the signature covers the " + (other == Rule.B_COMPACT ? "compact form (no trailing &, signType not signed)"
              : "form with the trailing & and signType signed") + ": use --rule "
              + (other == Rule.B_COMPACT ? "B-compact" : "B") + " (the Hexpay client's canonicalForm setting).",
          other.canonicalizer.canonicalize(signed.fields()), s));
    }
    return out;
  }

  /** The variants of the secret itself (whitespace around it). */
  List<Variant> secretVariants() {
    if (secret == null || secret.strip().equals(secret) || secret.strip().isEmpty()) {
      return List.of();
    }
    return List.of(new Variant("whitespace around the secret",
        "the signature matches the secret without its leading or trailing whitespace: the secret given here (its "
            + "file or variable) holds a space or line break that is not part of it.", canonical(),
        rule.signer(secret.strip(), null, publicKey)));
  }

  /** Every variant under which {@code signature} verifies. */
  static List<Variant> matching(List<Variant> variants, String signature) {
    return variants.stream().filter(v -> matches(v.signer(), v.canonical(), signature)).toList();
  }

  private String canon(Map<String, String> fields) {
    return rule.canonicalizer.canonicalize(fields);
  }

  /** The canonical string with empty values kept, as a signer that does not drop them makes it. */
  private String withEmpties() {
    return joined((k, v) -> v != null && !k.equals("sign") && !(rule == Rule.B_COMPACT && k.equals("signType")));
  }

  /** The canonical string with the {@code sign} field in it, as a signer that forgot to leave it out makes it. */
  private String withSign() {
    return joined((k, v) -> v != null && !v.isEmpty());
  }

  /** The fields {@code keep} accepts, joined by the rule: pairs sorted by key (C), or sorted fragments. */
  private String joined(java.util.function.BiPredicate<String, String> keep) {
    List<String> parts = new ArrayList<>();
    signed.fields().forEach((k, v) -> {
      if (keep.test(k, v)) {
        parts.add(k + "=" + v);
      }
    });
    if (rule == Rule.C) {
      parts.sort(Comparator.comparing(p -> p.substring(0, p.indexOf('='))));
      return String.join("", parts);
    }
    List<String> fragments = new ArrayList<>(parts.stream().map(p -> p + "&").toList());
    fragments.sort(String.CASE_INSENSITIVE_ORDER);
    String joined = String.join("", fragments);
    return rule == Rule.B_COMPACT && !joined.isEmpty() ? joined.substring(0, joined.length() - 1) : joined;
  }

  private String asciiFragments() {
    TreeMap<String, String> sorted = new TreeMap<>();
    signed.fields().forEach((k, v) -> {
      if (Report.skipReason(rule, k, v) == null) {
        sorted.put(k, v);
      }
    });
    StringBuilder sb = new StringBuilder();
    sorted.forEach((k, v) -> sb.append(k).append('=').append(v).append('&'));
    return sb.toString();
  }

  private static String abbreviate(String v) {
    String one = v.replaceAll("\\s+", " ");
    return one.length() > 40 ? one.substring(0, 37) + "..." : one;
  }

  /** True when {@code a} and {@code b} are the same signature (hex compared ignoring case). */
  static boolean same(String a, String b) {
    return Objects.equals(a, b) || a != null && b != null && a.matches("[0-9A-Fa-f]+") && a.equalsIgnoreCase(b);
  }
}
