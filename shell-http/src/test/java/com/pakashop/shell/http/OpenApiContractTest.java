package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract layer itself: it must fail on each kind of mismatch, or the end-to-end tests prove nothing. */
class OpenApiContractTest {
    private static final URI AGENTS = URI.create("http://127.0.0.1:1/api/v1/agents");
    private static final Optional<String> JSON = Optional.of("application/json");
    private final OpenApiContract contract = OpenApiContract.instance();

    @Test
    void aDocumentedAnswerPasses() {
        assertThatCode(() -> contract.check("GET", AGENTS, Optional.empty(), 200, JSON,
                "{\"items\":[{\"id\":\"01a24000-0000-7000-8000-000000000001\",\"name\":\"Bwalya\",\"town\":\"Lusaka\"}]}"))
                .doesNotThrowAnyException();
    }

    @Test
    void anExtraFieldAMissingRequiredFieldAWrongTypeAndAnUndocumentedStatusFail() {
        assertThatThrownBy(() -> contract.check("GET", AGENTS, Optional.empty(), 200, JSON,
                "{\"items\":[],\"total\":3}")).hasMessageContaining("total");
        assertThatThrownBy(() -> contract.check("GET", AGENTS, Optional.empty(), 200, JSON,
                "{\"items\":[{\"id\":\"x\"}]}")).hasMessageContaining("name");
        assertThatThrownBy(() -> contract.check("GET", AGENTS, Optional.empty(), 200, JSON,
                "{\"items\":[{\"id\":\"x\",\"name\":7}]}")).hasMessageContaining("name");
        assertThatThrownBy(() -> contract.check("GET", AGENTS, Optional.empty(), 418, JSON, "{}"))
                .hasMessageContaining("status 418 is not documented");
    }

    @Test
    void anAcceptedRequestWithAnUndocumentedQueryOrBodyFieldFails() {
        assertThatThrownBy(() -> contract.check("GET", URI.create(AGENTS + "?q=lusaka"), Optional.empty(), 200, JSON,
                "{\"items\":[]}")).hasMessageContaining("query parameter 'q'");
        assertThatThrownBy(() -> contract.check("PUT", URI.create("http://127.0.0.1:1/api/v1/agent/profile"),
                Optional.of("{\"town\":\"Ndola\",\"district\":\"Ndola\"}"), 200, JSON, "{\"town\":\"Ndola\"}"))
                .hasMessageContaining("district");
        assertThatCode(() -> contract.check("PUT", URI.create("http://127.0.0.1:1/api/v1/agent/profile"),
                Optional.of("{\"district\":\"Ndola\"}"), 422, Optional.of("application/problem+json"),
                "{\"type\":\"https://pakashop.zm/problems/validation-failed\",\"title\":\"Validation failed\",\"status\":422,"
                        + "\"instance\":\"/api/v1/agent/profile\",\"requestId\":\"r1\"}"))
                .as("a refused request is bad input on purpose").doesNotThrowAnyException();
    }

    @Test
    void aRouteMissingFromTheDocumentFails() {
        assertThatThrownBy(() -> contract.check("GET", URI.create("http://127.0.0.1:1/api/v1/secret-admin"),
                Optional.empty(), 200, JSON, "{}")).hasMessageContaining("not in openapi.json");
    }
}
