package dev.paysdk.testkit.internal.agentpay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paysdk.core.internal.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The documented value rules of an AgentPay payout application. */
final class AgentPayRules {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
  private static final Pattern PHONE = Pattern.compile("[6-9][0-9]{9}");
  // The document: "must include @ and ., where @ has at least 2 characters before it".
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{2,}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
  // a UPI address: name@handle
  private static final Pattern VPA = Pattern.compile("[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  static final String EXTRA_NOT_JSON = "extra must be JSON {\"value\":\"<IFSC or VPA>\"}";
  static final String EXTRA_NOT_IFSC_OR_VPA = "extra value must be a valid IFSC or VPA";

  private AgentPayRules() {}

  /** Every broken rule, in a fixed order; empty when the application is acceptable. */
  static List<String> applyProblems(Map<String, String> p) {
    List<String> out = new ArrayList<>();
    if (p.get("mchOrderNo").length() > 30) {
      out.add("mchOrderNo longer than 30 characters");
    }
    String amount = p.get("amount");
    if (!DIGITS.matcher(amount).matches()) {
      out.add("amount must be a whole number of paise");
    } else if (Long.parseLong(amount) == 0) {
      out.add("amount must be greater than 0");
    } else if (Long.parseLong(amount) % 100 != 0) {
      out.add("amount must be a multiple of 100");
    }
    if (!"INR".equals(p.get("currency"))) {
      out.add("currency must be INR");
    }
    if (!"BANK".equals(p.get("accountBankCode"))) {
      out.add("accountBankCode must be BANK");
    }
    if (!Validation.isHttpUrl(p.get("notifyUrl"))) {
      out.add("notifyUrl must be an http or https URL");
    }
    String extraProblem = extraProblem(p.get("extra"));
    if (extraProblem != null) {
      out.add(extraProblem);
    }
    String phone = p.get("phoneNumber");
    if (AgentPayApi.present(phone) && !PHONE.matcher(phone).matches()) {
      out.add("phoneNumber must be 10 digits starting with 6-9");
    }
    String email = p.get("payerEmail");
    if (AgentPayApi.present(email) && !EMAIL.matcher(email).matches()) {
      out.add("payerEmail is not a valid email address");
    }
    String name = p.get("accountName");
    if (AgentPayApi.present(name) && (name.length() < 2 || name.length() > 48)) {
      out.add("accountName must be 2-48 characters");
    }
    return out;
  }

  /**
   * What is wrong with {@code extra} (present, as the caller checked), or null: it must be the JSON
   * text of an object whose only member is {@code value}, a string holding an IFSC or a VPA.
   */
  static String extraProblem(String extra) {
    JsonNode node;
    try {
      node = JSON.readTree(extra);
    } catch (JsonProcessingException e) {
      return EXTRA_NOT_JSON;
    }
    if (node == null || !node.isObject() || node.size() != 1 || !node.path("value").isTextual()) {
      return EXTRA_NOT_JSON;
    }
    String value = node.get("value").asText();
    if (!IFSC.matcher(value).matches() && !VPA.matcher(value).matches()) {
      return EXTRA_NOT_IFSC_OR_VPA;
    }
    return null;
  }
}
