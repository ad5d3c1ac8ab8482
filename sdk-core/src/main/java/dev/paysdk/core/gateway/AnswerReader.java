package dev.paysdk.core.gateway;

import java.io.IOException;

/**
 * Reads the result of a handled answer. A shape it cannot read is a {@link MalformedAnswerException}
 * or an {@link IOException}; the {@link Exchange} decides what that means for the caller.
 *
 * @param <E> the gateway's decoded answer
 * @param <R> the result
 */
@FunctionalInterface
public interface AnswerReader<E, R> {
  R read(E answer) throws IOException;
}
