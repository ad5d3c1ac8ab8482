package dev.paysdk.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionMessagesTest {
  private static final ErrorContext CTX = ErrorContext.of("inr-agentpay", "payout.apply", "PO-20261122-0001");

  @Test
  void invalidRequest_listsEveryFieldError_andNamesTheCall() {
    InvalidRequestException e = new InvalidRequestException(CTX, List.of(
        new FieldError("amount", "100.50 INR is not a whole number of rupees"),
        new FieldError("destination.ifsc", "is required"),
        new FieldError("notifyUrl", "'ftp://x' is not an absolute http or https URL")));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount", "destination.ifsc", "notifyUrl");
    assertThat(e).hasMessage("[inr-agentpay] payout.apply (merchant order PO-20261122-0001): invalid request, "
        + "nothing was sent: amount: 100.50 INR is not a whole number of rupees; destination.ifsc: is required; "
        + "notifyUrl: 'ftp://x' is not an absolute http or https URL");
    assertThat(e.hasErrorFor("destination.ifsc")).isTrue();
    assertThat(e.hasErrorFor("payee.name")).isFalse();
    assertThat(e.providerId()).isEqualTo("inr-agentpay");
    assertThat(e.operation()).isEqualTo("payout.apply");
    assertThat(e.merchantOrderNo()).isEqualTo("PO-20261122-0001");
    assertThat(e.context()).contains(CTX);
  }

  @Test
  void invalidRequest_needsAtLeastOneError_andCopiesTheList() {
    assertThatThrownBy(() -> new InvalidRequestException(CTX, List.of())).isInstanceOf(IllegalArgumentException.class);
    java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>(List.of(new FieldError("a", "b")));
    InvalidRequestException e = new InvalidRequestException(CTX, errors);
    errors.add(new FieldError("c", "d"));
    assertThat(e.errors()).hasSize(1);
    assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void invalidRequest_outsideACall_hasNoContext() {
    InvalidRequestException e = new InvalidRequestException("amount", "amount is null");

    assertThat(e).hasMessage("invalid request, nothing was sent: amount: amount is null");
    assertThat(e.context()).isEmpty();
    assertThat(e.providerId()).isNull();
    assertThat(e.merchantOrderNo()).isNull();
  }

  @Test
  void outcomeUnknown_saysNotToResend_andNamesTheOrderToReconcile() {
    OutcomeUnknownException e = new OutcomeUnknownException(CTX, "no answer after the request was sent (timeout)", null);

    assertThat(e.getMessage())
        .startsWith("[inr-agentpay] payout.apply (merchant order PO-20261122-0001): ")
        .contains("do not resend")
        .contains("reconcile by merchant order number PO-20261122-0001");
    // disjoint from TransportException ("nothing executed, retry later"), and says it may have executed
    assertThat(e).isNotInstanceOf(TransportException.class);
    assertThat(e.mayHaveExecuted()).isTrue();
    assertThat(new TransportException(CTX, "timeout", null).mayHaveExecuted()).isFalse();
    assertThat(e.httpStatus()).isEmpty();
  }

  @Test
  void outcomeUnknown_withAStatus_carriesIt() {
    OutcomeUnknownException e = new OutcomeUnknownException(CTX, "the gateway answered with an error status", 503, null);

    assertThat(e.getMessage()).contains("(HTTP 503)").contains("do not resend").contains("PO-20261122-0001");
    assertThat(e.httpStatus()).hasValue(503);
  }

  @Test
  void outcomeUnknown_withoutAnOrder_stillSaysToReconcileBeforeResending() {
    OutcomeUnknownException e = new OutcomeUnknownException(ErrorContext.of("hexpay", "batch.upload"), "timeout", null);

    assertThat(e.getMessage()).isEqualTo("[hexpay] batch.upload: timeout; the request may have been executed: "
        + "do not resend, reconcile before any resend");
  }

  @Test
  void providerException_namesProviderOperationOrderCodeAndStatus() {
    ProviderException e = new InsufficientBalanceException(CTX, "3001", "balance not enough", 200);

    assertThat(e).hasMessage("[inr-agentpay] payout.apply (merchant order PO-20261122-0001): gateway refused the "
        + "request, code 3001, message \"balance not enough\", HTTP 200");
    assertThat(e.providerCode()).isEqualTo("3001");
    assertThat(e.providerMessage()).isEqualTo("balance not enough");
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e).isInstanceOf(PaymentException.class);
  }

  @Test
  void providerException_withoutCodeOrMessage_omitsThem() {
    assertThat(new ProviderException(CTX, null, null, 400))
        .hasMessage("[inr-agentpay] payout.apply (merchant order PO-20261122-0001): gateway refused the request, HTTP 400");
    assertThat(new AuthenticationException(CTX, "AUTH", "", 401).getMessage()).endsWith("code AUTH, HTTP 401");
    assertThat(new DuplicateOrderException(CTX, "DUP", "order exists", 200)).isInstanceOf(ProviderException.class);
    assertThat(new OrderNotFoundException(CTX, "404", null, 200)).isInstanceOf(ProviderException.class);
  }

  @Test
  void transportException_keepsTheCauseAndOptionalStatus() {
    java.io.IOException cause = new java.io.IOException("reset");
    TransportException e = new TransportException(CTX, "no answer", cause);

    assertThat(e).hasCause(cause);
    assertThat(e.httpStatus()).isEmpty();
    assertThat(new TransportException(CTX, "HTTP 502 after 3 attempt(s)", 502, null).httpStatus()).hasValue(502);
  }

  @Test
  void signatureVerification_namesTheCall() {
    SignatureVerificationException e = new SignatureVerificationException(
        ErrorContext.of("vexora", "webhook"), "MD5 signature does not match the received fields");

    assertThat(e).hasMessage("[vexora] webhook: MD5 signature does not match the received fields");
    assertThat(e.merchantOrderNo()).isNull();
  }

  @Test
  void errorContext_requiresProviderAndOperation_andCanSwitchOperation() {
    assertThatThrownBy(() -> ErrorContext.of(null, "x")).isInstanceOf(NullPointerException.class)
        .hasMessage("providerId == null");
    assertThatThrownBy(() -> ErrorContext.of("p", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("operation == null");
    assertThat(CTX.withOperation("payout.reconcile"))
        .isEqualTo(new ErrorContext("inr-agentpay", "payout.reconcile", "PO-20261122-0001"));
  }

  @Test
  void fieldError_readsAsFieldColonMessage() {
    assertThat(new FieldError("payee.name", "is required")).hasToString("payee.name: is required");
    assertThatThrownBy(() -> new FieldError(null, "m")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void exceptionsSurviveJavaSerialization_withTheirOrderNumberAndFieldErrors() throws Exception {
    // An OutcomeUnknownException handed to a job queue or another JVM must still name the order to reconcile.
    OutcomeUnknownException unknown = roundTrip(new OutcomeUnknownException(CTX, "read timed out", 0, null));
    assertThat(unknown.merchantOrderNo()).isEqualTo("PO-20261122-0001");
    assertThat(unknown.context()).contains(CTX);

    InvalidRequestException invalid = roundTrip(new InvalidRequestException(CTX,
        List.of(new FieldError("amount", "is required"), new FieldError("notifyUrl", "is required"))));
    assertThat(invalid.errors()).containsExactly(new FieldError("amount", "is required"),
        new FieldError("notifyUrl", "is required"));
    assertThat(invalid.hasErrorFor("notifyUrl")).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static <T extends java.io.Serializable> T roundTrip(T value) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
