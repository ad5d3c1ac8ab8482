package dev.paysdk.cli;

/**
 * Shows a canonical string with its invisible characters made visible: a tab as {@code <TAB>}, line
 * breaks as {@code <LF>} and {@code <CR>}, and other control, format (zero-width, BOM) and non-ASCII
 * space characters as {@code <U+XXXX>}. Printable characters, the plain space included, are shown
 * as they are.
 */
final class Visible {
  private Visible() {}

  static String of(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      if (cp == '\t') {
        sb.append("<TAB>");
      } else if (cp == '\n') {
        sb.append("<LF>");
      } else if (cp == '\r') {
        sb.append("<CR>");
      } else if (invisible(cp)) {
        sb.append(String.format("<U+%04X>", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /** How many characters {@link #of} replaced. */
  static long count(String s) {
    return s.codePoints().filter(cp -> cp == '\t' || cp == '\n' || cp == '\r' || invisible(cp)).count();
  }

  private static boolean invisible(int cp) {
    if (cp == ' ') {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }
}
