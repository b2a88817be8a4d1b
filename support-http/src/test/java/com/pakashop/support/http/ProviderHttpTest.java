package com.pakashop.support.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.pakashop.testkit.TestTimeouts;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per class of answer: what a provider's reply, or its silence, means for money. */
class ProviderHttpTest {
    private final WireMockServer provider = new WireMockServer(options().dynamicPort());
    private final HttpClients clients = new HttpClients();
    private ProviderHttp http;

    @BeforeEach
    void start() {
        provider.start();
        http = clients.forProvider("Acme", new CallPolicy(TestTimeouts.PROVIDER_CALL, Duration.ofSeconds(30)),
                new ObjectMapper());
    }

    @AfterEach
    void stop() {
        provider.stop();
        clients.close();
    }

    @Test
    void anyStatusBelow500Except429IsAnAnswerWithItsBodyWhenItIsJson() {
        provider.stubFor(post("/ok").willReturn(okJson("{\"status\":\"ACCEPTED\"}")));
        provider.stubFor(post("/refused").willReturn(aResponse().withStatus(400)
                .withBody("{\"status\":\"REJECTED\",\"failureReason\":{\"failureCode\":\"INVALID_AMOUNT\"}}")));
        provider.stubFor(post("/empty").willReturn(aResponse().withStatus(404)));
        provider.stubFor(post("/garbled").willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));

        assertThat(http.send(posting("/ok")).body().path("status").asText()).isEqualTo("ACCEPTED");
        Answer refused = http.send(posting("/refused"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("failureReason").path("failureCode").asText()).isEqualTo("INVALID_AMOUNT");
        assertThat(http.send(posting("/empty"))).satisfies(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.hasBody()).isFalse();
        });
        assertThat(http.send(posting("/garbled")).hasBody()).as("a body that is not JSON").isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void rateLimitsAndServerErrorsAreUncertainButQuick(int status) {
        provider.stubFor(post("/deposits").willReturn(aResponse().withStatus(status).withBody("{}")));

        assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOfSatisfying(Uncertain.class, e -> {
            assertThat(e.timedOut()).isFalse();
            assertThat(e).hasMessageContaining("Acme answered HTTP " + status);
        });
    }

    @Test
    void noAnswerInTimeIsUncertainAndTimedOut() {
        provider.stubFor(post("/deposits").willReturn(okJson("{}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));

        assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOfSatisfying(Uncertain.class,
                e -> assertThat(e.timedOut()).isTrue());
    }

    @Test
    void aConnectionThatBreaksAfterSendingIsUncertain() {
        provider.stubFor(post("/deposits").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOf(Uncertain.class);
    }

    @Test
    void noConnectionAtAllIsNotSent() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> http.send(new Request.Builder().url("http://127.0.0.1:" + closed + "/deposits")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build()))
                .isInstanceOf(NotSent.class).hasMessageContaining("could not connect to Acme");
        assertThatThrownBy(() -> http.send(new Request.Builder().url("http://nowhere.invalid/deposits").get().build()))
                .isInstanceOf(NotSent.class);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndNothingIsSent() {
        provider.stubFor(post("/deposits").willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOf(Uncertain.class);
        }

        assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOfSatisfying(NotSent.class,
                e -> assertThat(e.circuitOpen()).isTrue()).hasMessageContaining("circuit is open");
        assertThatThrownBy(() -> http.read(new Request.Builder().url(provider.url("/deposits/1")).get().build()))
                .as("a read is not retried against our own open circuit").isInstanceOf(NotSent.class);
        provider.verify(5, postRequestedFor(urlEqualTo("/deposits")));
        provider.verify(0, getRequestedFor(urlEqualTo("/deposits/1")));
    }

    @Test
    void aReadIsTriedOnceMoreAfterAQuickFailureButASendNever() {
        provider.stubFor(get("/deposits/1").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        provider.stubFor(get("/deposits/1").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("[{\"status\":\"FOUND\"}]")));
        provider.stubFor(post("/deposits").willReturn(aResponse().withStatus(503)));

        assertThat(http.read(new Request.Builder().url(provider.url("/deposits/1")).get().build()).status()).isEqualTo(200);
        provider.verify(2, getRequestedFor(urlEqualTo("/deposits/1")));
        assertThatThrownBy(() -> http.send(posting("/deposits"))).isInstanceOf(Uncertain.class);
        provider.verify(1, postRequestedFor(urlEqualTo("/deposits")));
    }

    @Test
    void aReadThatTimedOutIsNotTriedAgain() {
        provider.stubFor(get("/deposits/1").willReturn(okJson("{}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));

        assertThatThrownBy(() -> http.read(new Request.Builder().url(provider.url("/deposits/1")).get().build()))
                .isInstanceOf(Uncertain.class);
        provider.verify(1, getRequestedFor(urlEqualTo("/deposits/1")));
    }

    private Request posting(String path) {
        return new Request.Builder().url(provider.url(path))
                .post(RequestBody.create("{\"depositId\":\"d-1\"}", MediaType.get("application/json"))).build();
    }
}
