package dev.paysdk.testkit.internal.pen;

import dev.paysdk.core.internal.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The documented field rules of the PEN payout endpoints. */
final class PenRules {
  static final BigDecimal MIN = new BigDecimal("10.00");
  static final BigDecimal MAX = new BigDecimal("2000.00");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,18})?");
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern CCI = Pattern.compile("[0-9]{20}");
  private static final List<String> CREATE_REQUIRED = List.of("accountName", "accountNo", "accountType", "currency",
      "amount", "bankId", "mchOrderNo", "notifyUrl", "nonceStr", "idType", "idCard", "remark");
  private static final Map<String, Integer> MAX_LENGTH = new LinkedHashMap<>();

  static {
    for (String f : List.of("accountName", "accountNo", "cciAccountNo", "currency", "mchOrderNo", "nonceStr",
        "idType", "idCard", "phone", "email", "remark", "orderNo")) {
      MAX_LENGTH.put(f, 32);
    }
    MAX_LENGTH.put("notifyUrl", 250);
  }

  private PenRules() {}

  /** Every problem of a payout creation, in a fixed order; empty when it is acceptable. */
  static List<String> createProblems(Map<String, String> f) {
    List<String> out = new ArrayList<>();
    for (String name : CREATE_REQUIRED) {
      if (!present(f.get(name))) {
        out.add(name + " is required");
      }
    }
    lengths(f, out);
    if (present(f.get("currency")) && !"PEN".equals(f.get("currency"))) {
      out.add("currency must be PEN");
    }
    String amount = f.get("amount");
    if (present(amount)) {
      if (!DECIMAL.matcher(amount).matches()) {
        out.add("amount must be a decimal number");
      } else {
        BigDecimal a = new BigDecimal(amount);
        if (a.stripTrailingZeros().scale() > 2) {
          out.add("amount has more than 2 decimals");
        } else if (a.compareTo(MIN) < 0 || a.compareTo(MAX) > 0) {
          out.add("amount must be between 10.00 and 2000.00");
        }
      }
    }
    for (String name : List.of("accountType", "bankId")) {
      if (present(f.get(name)) && !INTEGER.matcher(f.get(name)).matches()) {
        out.add(name + " must be an integer");
      }
    }
    if (present(f.get("cciAccountNo")) && !CCI.matcher(f.get("cciAccountNo")).matches()) {
      out.add("cciAccountNo must be 20 digits");
    }
    if (present(f.get("notifyUrl")) && !Validation.isHttpUrl(f.get("notifyUrl"))) {
      out.add("notifyUrl must be an http or https URL");
    }
    if (present(f.get("email")) && !Validation.isEmail(f.get("email"))) {
      out.add("email is not a valid email address");
    }
    return out;
  }

  /** Every problem of a payout query. */
  static List<String> queryProblems(Map<String, String> f) {
    List<String> out = new ArrayList<>();
    if (!present(f.get("orderNo")) && !present(f.get("mchOrderNo"))) {
      out.add("orderNo or mchOrderNo is required");
    }
    if (!present(f.get("nonceStr"))) {
      out.add("nonceStr is required");
    }
    lengths(f, out);
    return out;
  }

  private static void lengths(Map<String, String> f, List<String> out) {
    MAX_LENGTH.forEach((name, max) -> {
      String v = f.get(name);
      if (v != null && v.length() > max) {
        out.add(name + " longer than " + max + " characters");
      }
    });
  }

  static boolean present(String s) {
    return s != null && !s.isEmpty();
  }
}
