package dev.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.FieldError;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeutralModelTest {

  @Test
  void payoutRequest_toString_showsNoFullAccountNumberAndNoPersonalData() {
    PayoutRequest r = PayoutRequest.builder()
        .merchantOrderNo("PO-20261122-0001")
        .amount(Money.of("100", "INR"))
        .payee(Payee.builder().name("Asha Verma").email("asha@example.com").phone("9876543210")
            .identityDocument("PAN", "ABCDE1234F").build())
        .destination(Destination.bankAccount("123456789012").ifsc("HDFC0001234").cci("00219300123456789012").build())
        .notifyUrl("https://merchant.example/hooks")
        .build();

    assertThat(r.toString()).contains("PO-20261122-0001").contains("100 INR").contains("********9012")
        .doesNotContain("123456789012").doesNotContain("Asha").doesNotContain("asha@example.com")
        .doesNotContain("9876543210").doesNotContain("ABCDE1234F").doesNotContain("00219300123456789012");
  }

  @Test
  void destinations_toString_maskTheirIdentifiers() {
    assertThat(Destination.upi("asha@okhdfc").toString()).doesNotContain("asha");
    assertThat(new Destination.MobileWallet("9876543210", "GCash").toString()).doesNotContain("9876543210")
        .contains("3210");
    assertThat(Destination.cryptoWallet("7Np41oeYqPefeNQEHSv1UDhYrehxin3NStELsSKCT4K2", "Solana", "memo-9").toString())
        .doesNotContain("7Np41oeYqPefeNQEHSv1UDhYrehxin3NStELsSKCT4K2").doesNotContain("memo-9")
        .contains("T4K2").contains("Solana");
  }

  @Test
  void destinations_sayTheirKind_andRequireTheirIdentifier() {
    assertThat(Destination.bankAccount("1").build().kind()).isEqualTo(Destination.Kind.BANK_ACCOUNT);
    assertThat(Destination.upi("a@b").kind()).isEqualTo(Destination.Kind.UPI);
    assertThat(Destination.cryptoWallet("addr", "Tron", null).kind()).isEqualTo(Destination.Kind.CRYPTO_WALLET);
    assertThat(new Destination.MobileWallet("1", null).kind()).isEqualTo(Destination.Kind.MOBILE_WALLET);
    assertThatThrownBy(() -> Destination.bankAccount(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("accountNumber == null");
    assertThatThrownBy(() -> Destination.upi(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void payoutRequest_toBuilder_copiesEveryField_andPayeeDefaultsToEmpty() {
    PayoutRequest r = PayoutRequest.builder().merchantOrderNo("PO-1").amount(Money.of("1", "PEN")).remark("r")
        .notifyUrl("https://n.example").destination(Destination.upi("a@b")).build();

    PayoutRequest copy = r.toBuilder().merchantOrderNo("PO-2").build();

    assertThat(copy.merchantOrderNo()).isEqualTo("PO-2");
    assertThat(copy.amount()).isEqualTo(r.amount());
    assertThat(copy.remark()).isEqualTo("r");
    assertThat(copy.notifyUrl()).isEqualTo("https://n.example");
    assertThat(copy.destination()).isEqualTo(r.destination());
    assertThat(r.payee()).isNotNull();
    assertThat(r.payee().name()).isNull();
  }

  @Test
  void lookups_needAnOrderNumber() {
    assertThatThrownBy(() -> new PayoutLookup(null, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayInLookup.byMerchantOrderNo("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PayoutLookup.byProviderOrderNo("P1").providerOrderNo()).isEqualTo("P1");
    assertThatThrownBy(() -> new PayInQuery(null, null, null, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PayInQuery.all().pageSize()).isZero();
  }

  @Test
  void statuses_knowWhichAreFinal() {
    assertThat(Arrays.stream(PayoutStatus.values()).filter(PayoutStatus::isFinal))
        .containsExactly(PayoutStatus.SUCCEEDED, PayoutStatus.FAILED, PayoutStatus.CANCELLED);
    assertThat(Arrays.stream(PayInStatus.values()).filter(s -> !s.isFinal()))
        .containsExactly(PayInStatus.CREATED, PayInStatus.PAYING, PayInStatus.UNKNOWN);
  }

  @Test
  void payout_requiresProviderAndStatus_andExposesOptionalFields() {
    Payout p = Payout.builder().providerId("x").merchantOrderNo("PO-1").status(PayoutStatus.FAILED).rawStatus("3")
        .failureReason("account closed").fee(Money.reported(new java.math.BigDecimal("1.5"), "INR")).build();

    assertThat(p.failureReason()).contains("account closed");
    assertThat(p.fee()).contains(Money.reported(new java.math.BigDecimal("1.50"), "INR"));
    assertThat(p.amount()).isEmpty();
    assertThat(p.toString()).contains("FAILED (3)").contains("account closed");
    assertThatThrownBy(() -> Payout.builder().status(PayoutStatus.FAILED).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("providerId == null");
    assertThatThrownBy(() -> Payout.builder().providerId("x").build()).isInstanceOf(NullPointerException.class)
        .hasMessage("status == null");
  }

  @Test
  void balance_requiresCurrencyAndAvailable() {
    Balance b = new Balance("USDT", Money.reported(java.math.BigDecimal.TEN, "USDT"), null, null, null);

    assertThat(b.frozenAmount()).isEmpty();
    assertThat(b.totalAmount()).isEmpty();
    assertThatThrownBy(() -> new Balance("USDT", null, null, null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void providerSettings_hideEveryValue_andNameTheMissingOne() {
    ProviderSettings s = ProviderSettings.of(Map.of("baseUrl", "https://gw.example", "secretKey", "s3cr3t", "blank", " "));

    assertThat(s.toString()).contains("secretKey").doesNotContain("s3cr3t").doesNotContain("gw.example");
    assertThat(s.get("blank")).isEmpty();
    assertThat(s.require("secretKey")).isEqualTo("s3cr3t");
    assertThatThrownBy(() -> s.require("merchantId")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'merchantId'");
  }

  @Test
  void paymentProvider_discovery_findsNoneInCoreAlone() {
    assertThat(PaymentProvider.discover()).isEmpty();
    assertThat(PaymentProvider.find("hexpay")).isEmpty();
  }

  @Test
  void payoutRequest_withAnInvalidAmountText_buildsAndKeepsItsErrorForValidation_insteadOfThrowing() {
    PayoutRequest r = PayoutRequest.builder()
        .merchantOrderNo(" ")                              // also wrong: the gateway reports both together
        .amount("10.505", "PEN")
        .destination(Destination.bankAccount("19412345678901").build())
        .build();

    assertThat(r.amount()).isNull();
    assertThat(r.inputErrors()).extracting(FieldError::field).containsExactly("amount");
    assertThat(r.inputErrors().get(0).message()).contains("10.505").contains("2 decimals");
    assertThat(r.toString()).contains("amount=(invalid: 1 error(s))");
    assertThat(r.toBuilder().merchantOrderNo("PO-1").build().inputErrors()).isEqualTo(r.inputErrors());
  }

  @Test
  void requestAmountText_namesWhatIsWrong_underTheNeutralField() {
    assertThat(PayoutRequest.builder().amount("ten", "INR").build().inputErrors())
        .singleElement().satisfies(e -> {
          assertThat(e.field()).isEqualTo("amount");
          assertThat(e.message()).startsWith("amount 'ten' is not a decimal number");
        });
    assertThat(PayoutRequest.builder().amount("10", "XYZ").build().inputErrors())
        .extracting(FieldError::field).containsExactly("amount.currency");
    assertThat(PayoutRequest.builder().amount("-5", "INR").build().inputErrors().get(0).message()).contains("negative");
    assertThat(PayoutRequest.builder().amount("1e999999999", "INR").build().inputErrors().get(0).message())
        .contains("digits");
    assertThat(PayInRequest.builder().amount("0", "USDT").build().inputErrors().get(0).message()).contains("zero");
    assertThat(PayInRequest.builder().amount("25.1234567", "USDT").build().amount()).isNull();
  }

  @Test
  void requestAmountText_whenValid_isTheSameMoneyAsMoneyOf_andLeavesNoInputError() {
    PayoutRequest r = PayoutRequest.builder().amount(" 100.50 ", "INR").build();
    PayInRequest p = PayInRequest.builder().amount("25.5", "USDT").build();

    assertThat(r.amount()).isEqualTo(Money.of("100.50", "INR"));
    assertThat(r.inputErrors()).isEmpty();
    assertThat(p.amount()).isEqualTo(Money.of("25.5", "USDT"));
    assertThat(p.inputErrors()).isEmpty();
  }

  @Test
  void requestAmount_lastSetterWins_andNullTextMeansNotGiven() {
    PayoutRequest fixed = PayoutRequest.builder().amount("abc", "INR").amount(Money.of("1", "INR")).build();
    PayoutRequest broken = PayoutRequest.builder().amount(Money.of("1", "INR")).amount("abc", "INR").build();
    PayoutRequest none = PayoutRequest.builder().amount(null, "INR").build();

    assertThat(fixed.inputErrors()).isEmpty();
    assertThat(fixed.amount()).isEqualTo(Money.of("1", "INR"));
    assertThat(broken.amount()).isNull();
    assertThat(broken.inputErrors()).hasSize(1);
    assertThat(none.amount()).isNull();
    assertThat(none.inputErrors()).isEmpty();
    assertThat(PayoutRequest.builder().amount((Money) null).build().inputErrors()).isEmpty();
  }
}
