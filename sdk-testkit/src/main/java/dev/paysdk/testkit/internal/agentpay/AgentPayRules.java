package dev.paysdk.testkit.internal.agentpay;

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
}
