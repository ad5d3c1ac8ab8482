package dev.paysdk.core.sign;

/**
 * Text written piece by piece and handed on as UTF-8 bytes, through one small buffer: a canonical
 * string is digested or signed without being built. The bytes are exactly those of
 * {@code String.getBytes(UTF_8)} of the whole text, a surrogate pair split across two pieces
 * included, and an unpaired surrogate written as {@code ?} as the JDK writes it. Not thread-safe; one
 * per signature.
 */
abstract class Utf8Sink {
  /** From this length on, a piece is encoded by the JDK in one go. */
  private static final int BULK_FROM = 4096;

  private final byte[] buffer;
  private int used;
  /** A high surrogate waiting for its low half, or 0. */
  private char pendingHigh;

  /** @param expectedChars about how many characters will be written, to size the buffer (at most 8 KiB) */
  Utf8Sink(int expectedChars) {
    this.buffer = new byte[Math.max(64, Math.min(8192, expectedChars + 16))];
  }

  /** Receives {@code length} bytes of {@code bytes} from {@code offset}. */
  protected abstract void write(byte[] bytes, int offset, int length);

  final void append(String s) {
    int n = s.length();
    if (n >= BULK_FROM && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(n - 1))) {
      // a long piece (a batch's records): the JDK's bulk encoding, the same bytes, much faster than
      // a character at a time; no pair can span its ends (nothing pending, no high surrogate last)
      flushBuffer();
      byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      write(bytes, 0, bytes.length);
      return;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && pendingHigh == 0) {
        if (used == buffer.length) {
          flushBuffer();
        }
        buffer[used++] = (byte) c;
      } else {
        append(c);
      }
    }
  }

  final void append(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        put(0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F);
        return;
      }
      put('?');
    }
    if (c < 0x80) {
      put(c);
    } else if (c < 0x800) {
      put(0xC0 | c >> 6, 0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      put('?');
    } else {
      put(0xE0 | c >> 12, 0x80 | c >> 6 & 0x3F, 0x80 | c & 0x3F);
    }
  }

  /** Ends the text: an unpaired high surrogate at its end is a {@code ?}; hands on what is buffered. */
  final void finish() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put('?');
    }
    flushBuffer();
  }

  private void put(int b1, int b2) {
    put(b1);
    put(b2);
  }

  private void put(int b1, int b2, int b3) {
    put(b1);
    put(b2);
    put(b3);
  }

  private void put(int b1, int b2, int b3, int b4) {
    put(b1);
    put(b2);
    put(b3);
    put(b4);
  }

  private void put(int b) {
    if (used == buffer.length) {
      flushBuffer();
    }
    buffer[used++] = (byte) b;
  }

  private void flushBuffer() {
    if (used > 0) {
      write(buffer, 0, used);
      used = 0;
    }
  }
}
