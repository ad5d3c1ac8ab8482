package dev.paysdk.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider id each recently routed merchant order number went to, bounded: the least recently
 * used entry goes first. Thread-safe.
 */
final class RouteMemory {
  static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Map<String, String> routes;

  RouteMemory(int capacity) {
    this.capacity = capacity;
    this.routes = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > RouteMemory.this.capacity;
      }
    };
  }

  synchronized void put(String merchantOrderNo, String providerId) {
    if (capacity > 0) {
      routes.put(merchantOrderNo, providerId);
    }
  }

  /** The provider id, or null when not remembered. */
  synchronized String get(String merchantOrderNo) {
    return routes.get(merchantOrderNo);
  }
}
