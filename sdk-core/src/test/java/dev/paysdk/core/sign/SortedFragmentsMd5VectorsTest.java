package dev.paysdk.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.testsupport.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule A against the platform's eight published test vectors, read from a byte-for-byte copy of the
 * shared vectors file on the test class path.
 */
class SortedFragmentsMd5VectorsTest {
  private static final String RESOURCE = "/vectors/jeepay-md5-signature-vectors.json";
  private static final Path SHARED = Path.of("..", "..", "shared", "specs", "vectors", "jeepay-md5-signature-vectors.json");

  record Vector(String name, Map<String, String> params, String canonical, String sign, String apiKey) {
    @Override
    public String toString() {
      return name;
    }
  }

  static byte[] resourceBytes() {
    try (InputStream in = SortedFragmentsMd5VectorsTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("class path resource " + RESOURCE).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Vector> vectors() throws IOException {
    JsonNode root = new ObjectMapper().readTree(resourceBytes());
    String apiKey = root.get("api_key").asText();
    List<Vector> out = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      Map<String, String> params = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : v.get("params").properties()) {
        // the wire text of each value: numbers and booleans as written, strings unquoted, null as null
        params.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
      }
      // the file's "source": every vector gets these three before signing
      params.put("version", "1.0");
      params.put("signType", "MD5");
      params.put("reqTime", "1700000000123");
      out.add(new Vector(v.get("name").asText(), params, v.get("canonical").asText(), v.get("sign").asText(), apiKey));
    }
    return out.stream();
  }

  @Test
  void vectorsFile_holdsAllEightVectors() throws IOException {
    assertThat(vectors().map(Vector::name)).containsExactly(
        "normal", "zero", "null_empty", "mixed_case", "case_tie_prefix", "false_whitespace", "utf8_value", "old_sign");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void canonicalString_matchesTheVector(Vector v) {
    SigningRule rule = Signers.md5SortedFragments(v.apiKey());

    assertThat(rule.canonical(v.params()) + "key=" + v.apiKey()).isEqualTo(v.canonical());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signature_matchesTheVector(Vector v) {
    SigningRule rule = Signers.md5SortedFragments(v.apiKey());

    // the vector is self-consistent under an independent MD5 ...
    assertThat(Digests.md5Upper(v.canonical())).isEqualTo(v.sign());
    // ... and the rule produces it
    assertThat(rule.sign(v.params())).isEqualTo(v.sign());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_acceptsTheVectorSignature(Vector v) {
    SigningRule rule = Signers.md5SortedFragments(v.apiKey());

    assertThatCode(() -> rule.verify(v.params(), v.sign(), ErrorContext.of("test", "vector")))
        .doesNotThrowAnyException();
  }

  @Test
  void classPathCopy_isByteIdenticalToTheSharedFile_whenTheSharedFileIsBesideTheCheckout() throws IOException {
    Path shared = SHARED.toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(shared), "shared vectors file not found at " + shared);

    assertThat(resourceBytes()).isEqualTo(Files.readAllBytes(shared));
  }
}
