/**
 * The gateway kit: what every gateway module shares, written once. <b>For gateway modules; may
 * change in minor versions.</b> Merchants use the neutral API ({@code dev.paysdk.core}) and the
 * gateway clients.
 *
 * <p>A gateway module declares its {@link dev.paysdk.core.gateway.Operation operations} once and
 * implements one {@link dev.paysdk.core.gateway.Protocol} (encode, decode, verify, classify); every
 * call goes through an {@link dev.paysdk.core.gateway.Exchange}, which owns the consequences of
 * every answer and failure in one decision table (see its Javadoc), for reads and for money-moving
 * calls alike. Webhooks extend {@link dev.paysdk.core.gateway.GatewayWebhooks}. The shared pieces:
 * {@link dev.paysdk.core.gateway.RefusalLexicon}, {@link dev.paysdk.core.gateway.AnswerBinding},
 * {@link dev.paysdk.core.gateway.RawJson}, {@link dev.paysdk.core.gateway.FieldReader},
 * {@link dev.paysdk.core.gateway.InboundFields}, {@link dev.paysdk.core.gateway.StatusTable},
 * {@link dev.paysdk.core.gateway.GatewayDescriptor}, {@link dev.paysdk.core.gateway.SettingsBinder}.
 *
 * <p>The repository's {@code docs/ARCHITECTURE.md} explains, in steps, how to add a gateway with
 * the kit.
 */
package dev.paysdk.core.gateway;
