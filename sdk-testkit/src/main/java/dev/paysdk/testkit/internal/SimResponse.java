package dev.paysdk.testkit.internal;

import java.nio.charset.StandardCharsets;

/**
 * A simulator's answer.
 *
 * @param status HTTP status
 * @param contentType content type
 * @param body body bytes
 */
public record SimResponse(int status, String contentType, byte[] body) {

  public static SimResponse json(String json) {
    return new SimResponse(200, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse json(int status, String json) {
    return new SimResponse(status, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
  }

  public static SimResponse text(int status, String text) {
    return new SimResponse(status, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }
}
