package dev.paysdk.vexora;

/**
 * The envelope of every gateway answer. {@code code} and {@code msg} only say whether this request
 * was handled ({@code 0000}); the transaction's result is the status inside the answer's data.
 *
 * @param code the gateway's request code: {@code 0000} handled, {@code 5000} system error,
 *     {@code 8000} rejected
 * @param msg the gateway's message, or null
 * @param success the gateway's {@code success} flag as sent ({@code true}/{@code false}), or null
 * @param timestamp the gateway's {@code timestamp} as sent (epoch milliseconds), or null
 */
public record GatewayReply(String code, String msg, String success, String timestamp) {}
