package dev.paysdk.hexpay;

import dev.paysdk.core.gateway.MalformedAnswerException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The gateway's two time forms: {@code yyyy-MM-dd HH:mm:ss} without zone (read in the client's
 * zone), and epoch milliseconds as digits (the callback's {@code successTime} and {@code reqTime}).
 */
final class Times {
  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private Times() {}

  /**
   * The instant a text stands for, or null for null or blank text. Digits only: epoch milliseconds
   * (10 digits or fewer: epoch seconds, since no millisecond value that short is a plausible date).
   *
   * @throws MalformedAnswerException naming the field when the text is neither form
   */
  static Instant parse(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (t.length() > 15) {
        throw new MalformedAnswerException("field '" + field + "' is not a time");
      }
      long n = Long.parseLong(t);
      return t.length() <= 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }
    try {
      return LocalDateTime.parse(t, READ).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedAnswerException("field '" + field + "' is neither yyyy-MM-dd HH:mm:ss nor epoch milliseconds", e);
    }
  }

  /** {@code yyyy-MM-dd HH:mm:ss} of an instant in {@code zone}; fractions of a second are dropped. */
  static String format(Instant instant, ZoneId zone) {
    return instant == null ? null : WRITE.format(instant.atZone(zone));
  }
}
