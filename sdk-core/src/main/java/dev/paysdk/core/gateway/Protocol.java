package dev.paysdk.core.gateway;

import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.http.HttpResponse;
import dev.paysdk.core.internal.WireParams;

/**
 * What one gateway module implements to run on the kit: how its requests are encoded and signed,
 * how its answers are decoded, verified and read. Everything else (retries, deadlines, what a
 * failure means for money, observation, logging) is the {@link Exchange}'s, the same for every
 * gateway. Implementations are immutable and thread-safe.
 *
 * @param <E> the gateway's decoded answer (its envelope: code, message, data, signature)
 */
public interface Protocol<E> {

  /** The provider id, such as {@code inr-agentpay}, for error contexts and observations. */
  String providerId();

  /**
   * The HTTP request for one attempt. Called once per attempt with parameters built for that
   * attempt, so a retried read carries a fresh nonce, timestamp and signature. Signs exactly the
   * text that is sent.
   *
   * @param url the operation's URL (base URL + path)
   * @param params the request's parameters, unsigned, in wire order
   */
  HttpRequest encode(Operation operation, String url, WireParams params);

  /**
   * Decodes an answer's envelope.
   *
   * @throws MalformedAnswerException when the body is not the gateway's envelope (a proxy's HTML
   *     page, an empty or truncated body, a number out of bounds)
   */
  E decode(Operation operation, HttpResponse response);

  /**
   * Checks the answer's signature.
   *
   * @return true when the answer carries a signature and it verifies; false when it carries none
   * @throws dev.paysdk.core.error.SignatureVerificationException when it carries one that does not
   *     verify, or one the client has no key for (its message says why, without the signature)
   */
  boolean verify(Operation operation, E answer, HttpResponse response);

  /**
   * What the answer says: handled, refused (with the kind of refusal), the gateway's own failure,
   * or (for a lookup) "no such order". Gateway-specific: codes and messages are read here, with
   * {@link RefusalLexicon} for messages.
   */
  Verdict classify(Operation operation, E answer, HttpResponse response);

  /**
   * What the envelope of an answer that is not "handled" (a refusal, the gateway's failure, "no
   * such order") names about the order, for the {@link Exchange} to check against the request as it
   * checks a handled answer's result: a refusal about another order is never believed. Null (the
   * default) when the gateway's refusals name nothing.
   */
  default AnswerBinding named(Operation operation, E answer) {
    return null;
  }
}
