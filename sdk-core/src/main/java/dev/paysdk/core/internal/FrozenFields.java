package dev.paysdk.core.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Text fields that can no longer change: an unmodifiable map, without null values, of a map that
 * nothing holds a modifiable reference to any more. PaySDK's webhook verification hands the fields
 * it read to the neutral event in this form, so the event keeps them without a defensive copy. Not a
 * public contract.
 */
public final class FrozenFields extends AbstractMap<String, String> {
  /** The owned map: read directly, never handed out. */
  private final Map<String, String> fields;
  /** Its unmodifiable view, for the views that could otherwise change it (entries, keys). */
  private final Map<String, String> view;

  private FrozenFields(Map<String, String> fields) {
    this.fields = fields;
    this.view = Collections.unmodifiableMap(fields);
  }

  /**
   * {@code owned}, frozen. The caller gives up its reference: the map must not be changed afterwards.
   *
   * @throws NullPointerException when a key or a value is null
   */
  public static FrozenFields of(Map<String, String> owned) {
    if (owned instanceof FrozenFields frozen) {
      return frozen;
    }
    owned.forEach((k, v) -> {
      Objects.requireNonNull(k, "a field name is null");
      Objects.requireNonNull(v, "a field value is null");
    });
    return new FrozenFields(owned);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return view.entrySet();
  }

  @Override
  public Set<String> keySet() {
    return view.keySet();
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public boolean containsKey(Object key) {
    return fields.containsKey(key);
  }

  @Override
  public String get(Object key) {
    return fields.get(key);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    fields.forEach(action);
  }
}
