package dev.paysdk.core.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns key text as merchants hand it over (PEM, bare base64, the path of a file, an environment
 * variable that lost or escaped its line breaks) into DER bytes and the PEM label they came with.
 * Uses the JDK only. Every rejection is a {@link KeyFormatException} whose message says what was
 * detected and never holds any of the key text.
 */
final class KeyText {
  /** No key file is anywhere near this size; a bigger one is not a key. */
  static final int MAX_FILE_BYTES = 1 << 20;

  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]{1,40})-----");
  private static final Pattern ESCAPED_LINE_BREAK = Pattern.compile("(?:\\\\)+[rn]");
  private static final Pattern WINDOWS_PATH = Pattern.compile("^[A-Za-z]:[\\\\/].*");

  private KeyText() {}

  /**
   * DER bytes and the PEM label they came under ({@code null} for base64 or binary DER).
   *
   * @param der the decoded bytes
   * @param pemLabel the PEM type such as {@code RSA PRIVATE KEY}, or null
   * @param origin how the key was given, for messages: {@code PEM}, {@code base64}, {@code file}
   */
  record Decoded(byte[] der, String pemLabel, String origin) {}

  /** A rejection whose message PaySDK wrote: it says what was detected and holds no key text. */
  static final class KeyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    KeyFormatException(String message) {
      super(message);
    }
  }

  /** Decodes key text given as a string: PEM (whole, flattened or with escaped line breaks), base64 or a path. */
  static Decoded decode(String text) {
    String t = unquote(text.strip());
    if (t.isEmpty()) {
      throw new KeyFormatException("the key text is empty");
    }
    if (t.contains("-----BEGIN")) {
      return pem(unescapeLineBreaks(t), "PEM");
    }
    if (looksLikePath(t)) {
      return file(t);
    }
    String compact = unescapeLineBreaks(t).replaceAll("\\s+", "");
    if (!isBase64Alphabet(compact)) {
      if (!t.contains("\n") && (t.contains(".") || t.contains("/") || t.contains("\\"))) {
        return file(t);
      }
      throw new KeyFormatException("the key text is neither PEM (no -----BEGIN line), nor base64 (it holds other"
          + " characters), nor the path of a file");
    }
    byte[] der = base64(compact, "the key text looks like base64 but does not decode");
    String asText = new String(der, StandardCharsets.US_ASCII);
    if (asText.startsWith("-----BEGIN")) {
      // a whole PEM file base64-encoded, as some put keys into environment variables
      return pem(asText, "base64-encoded PEM");
    }
    return new Decoded(der, null, "base64");
  }

  /** Decodes a key file: PEM text, base64 text or binary DER. */
  static Decoded file(Path path) {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new KeyFormatException("the key file " + path + " does not exist or is not a regular file");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new KeyFormatException("the key file " + path + " is larger than " + MAX_FILE_BYTES + " bytes: not a key");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      throw new KeyFormatException("the key file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (text.contains("-----BEGIN")) {
      return pem(text, "PEM file");
    }
    String compact = text.replaceAll("\\s+", "");
    if (!compact.isEmpty() && isBase64Alphabet(compact) && bytes.length > 0 && bytes[0] != 0x30) {
      return new Decoded(base64(compact, "the key file holds text that looks like base64 but does not decode"),
          null, "base64 file");
    }
    if (bytes.length == 0) {
      throw new KeyFormatException("the key file is empty");
    }
    return new Decoded(bytes, null, "DER file");
  }

  private static Decoded file(String text) {
    String p = text.startsWith("file:") ? text.substring("file:".length()) : text;
    if (p.startsWith("~/") || p.equals("~")) {
      p = System.getProperty("user.home", "") + p.substring(1);
    }
    Path path;
    try {
      path = Path.of(p);
    } catch (InvalidPathException e) {
      throw new KeyFormatException("the key text looks like a file path, but not a valid one, and is neither PEM"
          + " nor base64");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      // the text may be a mangled key after all: it is not repeated
      throw new KeyFormatException("the key text looks like a file path, but no readable file is there; it is"
          + " neither PEM nor base64");
    }
    return file(path);
  }

  /**
   * The first PEM block of {@code text}. Tolerates CRLF, line breaks replaced by spaces or removed,
   * and RFC 1421 headers; rejects an encrypted block.
   */
  private static Decoded pem(String text, String origin) {
    Matcher begin = BEGIN.matcher(text);
    if (!begin.find()) {
      throw new KeyFormatException("the key text has a -----BEGIN marker without a readable type");
    }
    String label = begin.group(1).strip();
    String endMarker = "-----END " + label + "-----";
    int end = text.indexOf(endMarker, begin.end());
    if (end < 0) {
      throw new KeyFormatException("detected PEM (BEGIN " + label + ") without its END " + label
          + " line: the key was cut short");
    }
    String body = text.substring(begin.end(), end);
    if (body.contains("Proc-Type") || body.contains("DEK-Info") || label.startsWith("ENCRYPTED")) {
      throw new KeyFormatException("detected an encrypted key (PEM BEGIN " + label + "): PaySDK needs it unencrypted;"
          + " decrypt it first, for example with openssl pkcs8 -topk8 -nocrypt");
    }
    if (label.equals("OPENSSH PRIVATE KEY")) {
      throw new KeyFormatException("detected an OpenSSH private key (PEM BEGIN OPENSSH PRIVATE KEY): convert it,"
          + " for example with ssh-keygen -p -m PKCS8 -f <file>");
    }
    String compact = body.replaceAll("\\s+", "");
    if (!isBase64Alphabet(compact) || compact.isEmpty()) {
      throw new KeyFormatException("detected PEM (BEGIN " + label + ") whose body is not base64");
    }
    return new Decoded(base64(compact, "detected PEM (BEGIN " + label + ") whose body does not decode as base64"),
        label, origin);
  }

  private static byte[] base64(String compact, String failure) {
    try {
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException(failure);
    }
  }

  /** Removes one pair of matching quotes around the text, as {@code .env} files and YAML leave them. */
  private static String unquote(String t) {
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  /** {@code \n}, {@code \r\n} and {@code \\n} written as text become line breaks (no key text holds a backslash). */
  private static String unescapeLineBreaks(String t) {
    return t.indexOf('\\') < 0 ? t : ESCAPED_LINE_BREAK.matcher(t).replaceAll("\n");
  }

  private static boolean looksLikePath(String t) {
    // base64 of DER always starts with 'M': none of these can begin a key
    return t.startsWith("/") || t.startsWith("~") || t.startsWith("./") || t.startsWith("../")
        || t.startsWith(".\\") || t.startsWith("..\\") || t.startsWith("file:") || WINDOWS_PATH.matcher(t).matches();
  }

  private static boolean isBase64Alphabet(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
          || c == '=';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
