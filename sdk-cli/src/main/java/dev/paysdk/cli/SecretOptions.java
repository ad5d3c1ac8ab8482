package dev.paysdk.cli;

import dev.paysdk.core.sign.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where a command gets its secret and RSA key: the command line, a file or an environment variable.
 * Their values are never printed.
 */
final class SecretOptions {
  @Option(names = "--secret", paramLabel = "SECRET",
      description = "The secret (merchant secret, app secret). Visible in the shell history and the process list: "
          + "prefer --secret-file or --secret-env.")
  String secret;

  @Option(names = "--secret-file", paramLabel = "FILE",
      description = "Read the secret from FILE (UTF-8; one trailing line break is dropped).")
  Path secretFile;

  @Option(names = "--secret-env", paramLabel = "NAME", description = "Read the secret from the environment variable NAME.")
  String secretEnv;

  @Option(names = "--key", paramLabel = "FILE",
      description = "An RSA key as PEM or base64 in FILE (PKCS#8 or PKCS#1 private key, X.509 or PKCS#1 public key): "
          + "a private key signs (rule B), a public or private key verifies.")
  Path keyFile;

  @Option(names = "--key-env", paramLabel = "NAME", description = "Read the RSA key (PEM text) from the variable NAME.")
  String keyEnv;

  /**
   * The secret, when one was given.
   *
   * @throws BadInputException when more than one source is given, or the one given is unreadable or empty
   */
  Optional<String> secret(Context ctx) {
    int given = (secret != null ? 1 : 0) + (secretFile != null ? 1 : 0) + (secretEnv != null ? 1 : 0);
    if (given > 1) {
      throw new BadInputException("give the secret once: --secret, --secret-file or --secret-env");
    }
    String value;
    if (secret != null) {
      value = secret;
    } else if (secretFile != null) {
      value = dropOneLineBreak(read(secretFile, "--secret-file"));
    } else if (secretEnv != null) {
      value = ctx.env().get(secretEnv);
      if (value == null) {
        throw new BadInputException("--secret-env: the variable " + secretEnv + " is not set");
      }
    } else {
      return Optional.empty();
    }
    if (value.isBlank()) {
      throw new BadInputException(value.isEmpty() ? "the secret is empty" : "the secret is blank (only whitespace)");
    }
    return Optional.of(value);
  }

  /** True when an RSA key was given. */
  boolean hasKey() {
    return keyFile != null || keyEnv != null;
  }

  /** True when a secret was given (not checked). */
  boolean hasSecret() {
    return secret != null || secretFile != null || secretEnv != null;
  }

  /**
   * The private key given.
   *
   * @throws BadInputException when none was given or it is not an RSA private key
   */
  PrivateKey privateKey(Context ctx) {
    String pem = keyText(ctx).orElseThrow(() -> new BadInputException("rule B signs with an RSA private key: "
        + "give it with --key FILE or --key-env NAME"));
    try {
      return Keys.rsaPrivateKey(pem);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the --key is not an RSA private key: " + e.getMessage(), e);
    }
  }

  /**
   * The public key given, or the public half of a private key given.
   *
   * @throws BadInputException when none was given or it is not an RSA key
   */
  PublicKey publicKey(Context ctx) {
    String pem = keyText(ctx).orElseThrow(() -> new BadInputException("rule B verifies with an RSA public key: "
        + "give it with --key FILE or --key-env NAME"));
    try {
      if (pem.contains("PRIVATE KEY")) {
        return Keys.publicKeyOf(Keys.rsaPrivateKey(pem));
      }
      return Keys.rsaPublicKey(pem);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("the --key is not an RSA key: " + e.getMessage(), e);
    }
  }

  private Optional<String> keyText(Context ctx) {
    if (keyFile != null && keyEnv != null) {
      throw new BadInputException("give the key once: --key or --key-env");
    }
    if (keyFile != null) {
      return Optional.of(read(keyFile, "--key"));
    }
    if (keyEnv != null) {
      String v = ctx.env().get(keyEnv);
      if (v == null || v.isBlank()) {
        throw new BadInputException("--key-env: the variable " + keyEnv + " is not set");
      }
      return Optional.of(v);
    }
    return Optional.empty();
  }

  private static String read(Path file, String option) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(option + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static String dropOneLineBreak(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
