package dev.paysdk.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.paysdk.core.error.ErrorContext;
import dev.paysdk.core.error.OutcomeUnknownException;
import dev.paysdk.core.http.HttpOptions;
import dev.paysdk.core.http.HttpRequest;
import dev.paysdk.core.testsupport.Digests;
import dev.paysdk.core.testsupport.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Nothing secret or personal reaches a log, even at TRACE, where bodies are logged. */
class CallExecutorLoggingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static final String ACCOUNT = "123456789012";
  private static final String PHONE = "9876543210";
  private static final String SIGNATURE = Digests.md5Upper("amount=10000&key=whatever");
  private static final String SECRET = "s3cr3t";
  private static final String NAME = "Asha Verma";
  private static final String JSON = "{\"mchOrderNo\":\"PO-LOG-1\",\"accountNo\":\"" + ACCOUNT + "\",\"phone\":\"" + PHONE
      + "\",\"sign\":\"" + SIGNATURE + "\",\"secretKey\":\"" + SECRET + "\",\"payee\":{\"name\":\"" + NAME + "\"}}";
  private static final String FORM = "mchOrderNo=PO-LOG-2&accountNo=" + ACCOUNT + "&phone=" + PHONE + "&sign="
      + SIGNATURE + "&secretKey=" + SECRET + "&accountName=Asha+Verma";

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger root;
  private Level rootLevel;

  @BeforeEach
  void captureEveryLogger() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    rootLevel = root.getLevel();
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
    context.getLogger("dev.paysdk.http").setLevel(Level.TRACE);
  }

  @AfterEach
  void restore() {
    root.detachAppender(appender);
    root.setLevel(rootLevel);
    ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("dev.paysdk.http").setLevel(null);
    appender.stop();
  }

  private CallExecutor executor() {
    return new CallExecutor(HttpOptions.builder().sleeper(new RecordingSleeper()).build());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + wm.getPort() + path;
  }

  /** Every message, argument, marker-free formatted text and exception text of every captured event. */
  private List<String> loggedTexts() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : appender.list) {
      out.add(e.getFormattedMessage());
      out.add(e.getMessage());
      if (e.getArgumentArray() != null) {
        for (Object a : e.getArgumentArray()) {
          out.add(String.valueOf(a));
        }
      }
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        out.add(t.getMessage());
      }
    }
    return out;
  }

  private void assertNothingSecretWasLogged() {
    List<String> texts = loggedTexts();
    assertThat(texts).isNotEmpty();
    for (String text : texts) {
      assertThat(text).doesNotContain(ACCOUNT).doesNotContain(PHONE).doesNotContain(SIGNATURE)
          .doesNotContain(SECRET).doesNotContain("Asha").doesNotContain("Verma");
    }
  }

  @Test
  void jsonRequestAndResponse_atTrace_areLoggedMasked() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(JSON)));

    executor().moneyMoving(HttpRequest.post(url("/v1/payouts")).body(JSON, "application/json").build(),
        ErrorContext.of("test", "payout.create", "PO-LOG-1"));

    assertNothingSecretWasLogged();
    List<String> trace = appender.list.stream().filter(e -> e.getLevel() == Level.TRACE)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(trace).anySatisfy(m -> assertThat(m).contains("request body").contains("********9012")
        .contains("PO-LOG-1"));
    assertThat(trace).anySatisfy(m -> assertThat(m).contains("response body").contains("********9012"));
    assertThat(appender.list).anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
  }

  @Test
  void formRequestAndQueryString_atTrace_areLoggedMasked() {
    wm.stubFor(post("/api/pay/apply").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-www-form-urlencoded").withBody(FORM)));
    wm.stubFor(get(urlPathEqualTo("/api/pay/orderquery")).willReturn(aResponse().withStatus(200).withBody(FORM)));

    executor().moneyMoving(HttpRequest.post(url("/api/pay/apply")).body(FORM, "application/x-www-form-urlencoded")
        .build(), ErrorContext.of("test", "payout.apply", "PO-LOG-2"));
    executor().read(HttpRequest.get(url("/api/pay/orderquery?" + FORM)).build(),
        ErrorContext.of("test", "payout.query", "PO-LOG-2"));

    assertNothingSecretWasLogged();
    assertThat(appender.list).filteredOn(e -> e.getLevel() == Level.TRACE)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("accountNo=********9012"));
  }

  @Test
  void aFailedMoneyMovingCall_logsNoSecret_andItsExceptionHoldsNone() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
        .withBody(JSON)));

    assertThatThrownBy(() -> executor().moneyMoving(HttpRequest.post(url("/v1/payouts")).body(JSON, "application/json")
        .build(), ErrorContext.of("test", "payout.create", "PO-LOG-1")))
        .isInstanceOf(OutcomeUnknownException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ACCOUNT).doesNotContain(SIGNATURE)
            .doesNotContain(SECRET));

    assertNothingSecretWasLogged();
  }

  @Test
  void theLibraryLogsNothingAboveDebug_onASuccessfulOrFailedCall() {
    wm.stubFor(post("/v1/payouts").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> executor().moneyMoving(HttpRequest.post(url("/v1/payouts")).body(JSON, "application/json")
        .build(), ErrorContext.of("test", "payout.create", "PO-LOG-1"))).isInstanceOf(OutcomeUnknownException.class);

    assertThat(appender.list).filteredOn(e -> e.getLoggerName().startsWith("dev.paysdk"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getLevel().toInt()).isLessThanOrEqualTo(Level.DEBUG.toInt()));
  }
}
