package dev.paysdk.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A gateway's base URL, which may carry a path prefix such as {@code https://host/indonesia}.
 * {@link #resolve} appends a path to it and keeps the prefix:
 * {@code BaseUrl.of("https://host/indonesia").resolve("/v1/vexora/disbursements")} is
 * {@code https://host/indonesia/v1/vexora/disbursements}. Immutable.
 */
public final class BaseUrl {
  private final String base;

  private BaseUrl(String base) {
    this.base = base;
  }

  /**
   * @throws IllegalArgumentException when the URL is not an absolute http(s) URL without query or
   *     fragment
   */
  public static BaseUrl of(String url) {
    Objects.requireNonNull(url, "baseUrl == null");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL: " + url);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + url);
    }
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return new BaseUrl(s);
  }

  /** The base followed by {@code path} (with or without its leading slash). */
  public String resolve(String path) {
    if (path.isEmpty()) {
      return base;
    }
    return path.startsWith("/") ? base + path : base + "/" + path;
  }

  @Override
  public String toString() {
    return base;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BaseUrl b && b.base.equals(base);
  }

  @Override
  public int hashCode() {
    return base.hashCode();
  }
}
