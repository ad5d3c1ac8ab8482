package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.SignatureVerificationException;
import dev.paysdk.core.testsupport.Digests;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule C: sorted key=value pairs, no separator, secret appended, MD5 lower-case hex. */
class SortedPairsMd5Test {
  private static final ErrorContext CTX = ErrorContext.of("vexora", "disbursement.create", "T-1");

  @Test
  void workedExample_fromTheProviderNotes_givesTheDocumentedCanonicalAndSignature() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("to", "john.doe@email.com");
    params.put("currency", "USD");
    params.put("amount", "100");
    SigningRule rule = Signers.md5SaltedPairs("testsecret");

    assertThat(rule.canonical(params)).isEqualTo("amount=100currency=USDto=john.doe@email.com");
    assertThat(rule.sign(params)).isEqualTo("e77c599c189fbdf13acb228f60795cf0");
    assertThat(Digests.md5Lower("amount=100currency=USDto=john.doe@email.comtestsecret"))
        .isEqualTo("e77c599c189fbdf13acb228f60795cf0");
  }

  @Test
  void canonical_sortsKeysCaseSensitively_dropsNullEmptyAndSign_keepsZeroFalseAndSpace() {
    Map<String, String> params = new HashMap<>();
    params.put("beta", "2");
    params.put("Zeta", "z");
    params.put("alpha", "0");
    params.put("flag", "false");
    params.put("memo", " ");
    params.put("empty", "");
    params.put("absent", null);
    params.put("sign", "abc");

    assertThat(Canonicalizers.sortedPairs().canonicalize(params))
        .isEqualTo("Zeta=zalpha=0beta=2flag=falsememo= ");
  }

  @Test
  void sign_isLowerCaseMd5OfCanonicalPlusSecret() {
    Map<String, String> params = Map.of("tradeNo", "T-1", "timestamp", "1700000000");

    assertThat(Signers.md5SaltedPairs("s3cret").sign(params))
        .isEqualTo(Digests.md5Lower("timestamp=1700000000tradeNo=T-1s3cret"));
  }

  @Test
  void verify_acceptsTheSignature_andRejectsATamperedField() {
    SigningRule rule = Signers.md5SaltedPairs("testsecret");
    Map<String, String> params = new HashMap<>(Map.of("amount", "100", "currency", "USD", "to", "john.doe@email.com"));

    assertThatCode(() -> rule.verify(params, "e77c599c189fbdf13acb228f60795cf0", CTX)).doesNotThrowAnyException();

    params.put("amount", "1000");
    assertThatThrownBy(() -> rule.verify(params, "e77c599c189fbdf13acb228f60795cf0", CTX))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
