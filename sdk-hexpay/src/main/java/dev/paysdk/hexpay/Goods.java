package dev.paysdk.hexpay;

/**
 * What a pay-in order sells ({@code goods} on the wire). The gateway requires all three fields.
 *
 * @param name {@code goodsName}: the product name
 * @param detail {@code goodsDetail}: the product description
 * @param type {@code goodsType}: the product category, free text such as {@code shop}
 */
public record Goods(String name, String detail, String type) {

  /** Goods with the same text as name and detail. */
  public static Goods of(String nameAndDetail, String type) {
    return new Goods(nameAndDetail, nameAndDetail, type);
  }
}
