package dev.paysdk.vexora;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the query's {@code successTime}, whose format the gateway does not document. Only forms
 * that name an instant without guessing a time zone are read: epoch milliseconds (13 digits), epoch
 * seconds (10 digits), and ISO-8601 with an offset. Anything else (such as
 * {@code 2026-03-31 14:25:07}, whose zone is unknown) stays available as text only.
 */
final class SuccessTime {
  private SuccessTime() {}

  /** The instant, or null when the text is absent or not in a zone-safe form. */
  static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) { // ASCII only: Long.parseLong reads any digit
      if (t.length() == 13) {
        return Instant.ofEpochMilli(Long.parseLong(t));
      }
      return t.length() == 10 ? Instant.ofEpochSecond(Long.parseLong(t)) : null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
