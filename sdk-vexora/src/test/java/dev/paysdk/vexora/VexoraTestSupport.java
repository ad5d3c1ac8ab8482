package dev.paysdk.vexora;

import dev.paysdk.core.Money;
import dev.paysdk.core.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/** Shared helpers of the module's tests: an independent MD5, fixtures, and a client on WireMock. */
final class VexoraTestSupport {
  static final String SECRET = "test-secret";
  static final String MERCHANT_NO = "M100200";
  /** The document example's timestamp. */
  static final long TIMESTAMP = 1719876543210L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC);

  private VexoraTestSupport() {}

  /** Lower-case hex MD5 of UTF-8 text: computed here, not by the production signer. */
  static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource, as text. */
  static String fixture(String name) {
    try (InputStream in = VexoraTestSupport.class.getResourceAsStream("/vexora/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client on {@code baseUrl} with the test secret, a fixed clock and no real sleeping. */
  static VexoraClient.Builder client(String baseUrl, RecordingSleeper sleeper) {
    return VexoraClient.builder()
        .baseUrl(baseUrl)
        .merchantNo(MERCHANT_NO)
        .appSecret(SECRET)
        .clock(CLOCK)
        .sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
  }

  /** The document example's request, as a typed request. */
  static DisbursementRequest.Builder documentExample() {
    return DisbursementRequest.builder()
        .merchantOrderNo("VX20260331008901")
        .amount(Money.of("100.00", "IDR"))
        .accountNo("880123456789012345")
        .mobile("081234567890")
        .email("rizky.pratama@example.com")
        .firstName("Rizky")
        .lastName("Pratama")
        .notifyUrl("https://api.merchant.com/vexora/collection/notify");
  }

  /** Records the waits it is asked for, without waiting. */
  static final class RecordingSleeper implements dev.paysdk.core.http.Sleeper {
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }
}
