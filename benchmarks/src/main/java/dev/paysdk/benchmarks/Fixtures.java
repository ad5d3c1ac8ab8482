package dev.paysdk.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** Realistic request fields shared by the benchmarks, in the order the gateway documents list them. */
final class Fixtures {
  /** A rule A secret of the usual shape (32 hex characters). */
  static final String SECRET = "9f86d081884c7d659a2feaa0c55ad015";

  private Fixtures() {}

  /**
   * The 12 signed fields of an INR AgentPay payout apply, as the SDK's wire layer produces them
   * (amount in paise, {@code extra} as the JSON text the gateway asks for).
   */
  static Map<String, String> agentPayPayoutApply() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("mchId", "LEtest067");
    m.put("mchOrderNo", "202503110001");
    m.put("amount", "10000");
    m.put("currency", "INR");
    m.put("phoneNumber", "6888889999");
    m.put("payerEmail", "payee.name@example.com");
    m.put("accountName", "Ravi Kumar Sharma");
    m.put("accountNo", "123456789012");
    m.put("accountBankCode", "BANK");
    m.put("remark", "invoice 2025-03-0042");
    m.put("notifyUrl", "https://merchant.example/hooks/agentpay");
    m.put("extra", "{\"value\":\"HDFC0001234\"}");
    return m;
  }

  /** The 11 signed body fields of a Vexora disbursement (rule C). */
  static Map<String, String> vexoraDisbursement() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("timestamp", "1715941383720");
    m.put("tradeNo", "20250311182001123456");
    m.put("amount", "100.00");
    m.put("accountNo", "1234567890");
    m.put("mobile", "09171234567");
    m.put("email", "juan.delacruz@example.com");
    m.put("firstname", "Juan");
    m.put("lastname", "Dela Cruz");
    m.put("notifyUrl", "https://merchant.example/hooks/vexora");
    m.put("bankCode", "GCASH");
    m.put("currency", "PHP");
    return m;
  }
}
