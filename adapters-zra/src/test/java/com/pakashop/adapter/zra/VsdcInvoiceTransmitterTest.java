package com.pakashop.adapter.zra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.pakashop.application.invoicing.Transmission;
import com.pakashop.domain.invoicing.CreditReason;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceLine;
import com.pakashop.domain.invoicing.PaymentType;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests against WireMock with the payloads of ../shared/reference/zra-vsdc.md §6-§8. */
class VsdcInvoiceTransmitterTest {
    private static final HttpClients CLIENTS = new HttpClients();
    static final String RECEIPT = """
            { "resultCd": "000", "resultMsg": "It is succeeded", "resultDt": "20261124143007",
              "data": { "rcptNo": 57, "totRcptNo": 231, "intrlData": "7XKQ2MPLA9C4TRW8E3JZN5HB6U",
                "rcptSign": "Q8RW2KZT5MNY7VDA", "vsdcRcptPbctDate": "20261124143007", "sdcId": "SDC010000412",
                "mrcNo": "WIS01004127", "qrCodeUrl": "https://vsdc.example/verify?r=57" } }""";
    private static final Instant PAID = Instant.parse("2026-11-24T12:30:05Z");
    private final WireMockServer vsdc = new WireMockServer(options().dynamicPort());
    private VsdcInvoiceTransmitter transmitter;

    @BeforeEach
    void start() {
        vsdc.start();
        transmitter = new VsdcInvoiceTransmitter(CLIENTS, new VsdcSettings(URI.create(vsdc.baseUrl() + "/zrasandboxvsdc"),
                TestTimeouts.PROVIDER_CALL, "53102500"));
    }

    @AfterEach
    void stop() {
        vsdc.stop();
    }

    @Test
    void aSaleIsSentAsZrasSampleShowsAndItsReceiptIsKept() throws Exception {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(RECEIPT)));

        Transmission result = transmitter.transmit(sale(), Optional.empty());

        assertThat(result).isInstanceOf(Transmission.Accepted.class);
        Receipt receipt = ((Transmission.Accepted) result).receipt();
        assertThat(receipt.receiptNumber()).isEqualTo(57);
        assertThat(receipt.sdcId()).isEqualTo("SDC010000412");
        assertThat(receipt.mock()).isFalse();
        LoggedRequest sent = vsdc.findAll(postRequestedFor(urlEqualTo("/zrasandboxvsdc/trnsSales/saveSales"))).get(0);
        JsonNode body = VsdcPayload.MAPPER.readTree(sent.getBodyAsString());
        assertThat(body.path("tpin").asText()).isEqualTo("1002345678");
        assertThat(body.path("bhfId").asText()).isEqualTo("000");
        assertThat(body.path("orgInvcNo").asInt()).isZero();
        assertThat(body.path("cisInvcNo").asText()).isEqualTo("PKS-0000000123");
        assertThat(body.path("rcptTyCd").asText()).isEqualTo("S");
        assertThat(body.path("pmtTyCd").asText()).isEqualTo("06");
        assertThat(body.path("cfmDt").asText()).as("Lusaka time").isEqualTo("20261124143005");
        assertThat(body.path("salesDt").asText()).isEqualTo("20261124");
        assertThat(body.path("totItemCnt").asInt()).isEqualTo(1);
        assertThat(body.path("taxblAmtA").decimalValue()).isEqualByComparingTo("129.3103");
        assertThat(body.path("taxAmtA").decimalValue()).isEqualByComparingTo("20.6897");
        assertThat(body.path("taxRtA").decimalValue()).isEqualByComparingTo("16");
        assertThat(body.path("taxblAmtExeeg").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.path("taxRtTl").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(body.path("totAmt").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(body.path("currencyTyCd").asText()).isEqualTo("ZMW");
        JsonNode item = body.path("itemList").get(0);
        assertThat(item.path("itemClsCd").asText()).isEqualTo("53102500");
        assertThat(item.path("vatCatCd").asText()).isEqualTo("A");
        assertThat(item.path("prc").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(item.path("vatTaxblAmt").decimalValue()).isEqualByComparingTo("129.3103");
        assertThat(item.path("totAmt").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(sent.getBodyAsString()).as("plain decimals, no float noise").doesNotContain("E-")
                .contains("\"totAmt\":150.00").contains("\"taxblAmtA\":129.3103");
        assertThat(result.payloadSha256()).hasSize(64);
    }

    @Test
    void theSameDocumentIsAlwaysTheSameBytes() {
        assertThat(VsdcPayload.of(sale(), Optional.empty(), "1").sha256())
                .isEqualTo(VsdcPayload.of(sale(), Optional.empty(), "1").sha256());
    }

    @Test
    void aCreditNoteNamesItsOriginalReceiptAndReason() throws Exception {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(RECEIPT)));
        Receipt original = new Receipt(41, 200, "X", "SIGN", "SDC010000412", "WIS01004127", "", "20261124143007", false);
        InvoiceDocument note = new InvoiceDocument(InvoiceKind.CREDIT_NOTE, "1002345678", "000", "PKS-0000000124",
                PaymentType.MOBILE_MONEY, PAID.plusSeconds(3_600), List.of(new InvoiceLine(1, UUID.randomUUID(),
                "Chitenge fabric 2m", 1, Money.zmw(15_000), Money.zmw(5_000))), Optional.of(CreditReason.PARTIAL_REFUND));

        assertThat(transmitter.transmit(note, Optional.of(original))).isInstanceOf(Transmission.Accepted.class);

        JsonNode body = VsdcPayload.MAPPER.readTree(vsdc.findAll(postRequestedFor(
                urlEqualTo("/zrasandboxvsdc/trnsSales/saveSales"))).get(0).getBodyAsString());
        assertThat(body.path("rcptTyCd").asText()).isEqualTo("R");
        assertThat(body.path("orgInvcNo").asLong()).isEqualTo(41);
        assertThat(body.path("orgSdcId").asText()).isEqualTo("SDC010000412");
        assertThat(body.path("rfdRsnCd").asText()).isEqualTo("02");
        assertThat(body.path("rfdDt").asText()).isEqualTo("20261124153005");
        assertThat(body.path("totAmt").decimalValue()).as("positive: the type gives the sign").isEqualByComparingTo("100.00");
        assertThat(body.path("itemList").get(0).path("dcAmt").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void aDuplicateNumberAdoptsTheReceiptAlreadyOnFile() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(
                "{\"resultCd\":\"924\",\"resultMsg\":\"Duplicated invoice number\",\"resultDt\":\"20261124143007\",\"data\":null}")));
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/selectInvoice")
                .withRequestBody(equalToJson("{\"tpin\":\"1002345678\",\"bhfId\":\"000\",\"cisInvcNo\":\"PKS-0000000123\"}"))
                .willReturn(okJson(RECEIPT)));

        Transmission result = transmitter.transmit(sale(), Optional.empty());

        assertThat(result).isInstanceOf(Transmission.Accepted.class);
        assertThat(result.resultCode()).isEqualTo("924");
        assertThat(((Transmission.Accepted) result).receipt().receiptNumber()).isEqualTo(57);
    }

    @Test
    void aDuplicateTheVsdcCannotShowIsARetryableFailure() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(
                "{\"resultCd\":\"924\",\"resultMsg\":\"Duplicated\",\"resultDt\":\"20261124143007\",\"data\":null}")));
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/selectInvoice").willReturn(okJson(
                "{\"resultCd\":\"001\",\"resultMsg\":\"There is no search result\",\"resultDt\":\"20261124143007\",\"data\":null}")));

        assertThat(transmitter.transmit(sale(), Optional.empty()))
                .isEqualTo(new Transmission.Failed(hash(), "924", "duplicate, but selectInvoice answered 001 There is no search result", true));
    }

    @Test
    void anUnknownResultCodeIsAFailureNeverASuccess() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(
                "{\"resultCd\":\"777\",\"resultMsg\":\"Something new\",\"resultDt\":\"20261124143007\",\"data\":{\"rcptNo\":1}}")));

        Transmission result = transmitter.transmit(sale(), Optional.empty());

        assertThat(result).isEqualTo(new Transmission.Failed(hash(), "777", "Something new", true));
    }

    @Test
    void aRequestTheVsdcCallsWrongIsNotRetried() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(
                "{\"resultCd\":\"910\",\"resultMsg\":\"Request parameter error\",\"resultDt\":\"20261124143007\",\"data\":null}")));

        assertThat(transmitter.transmit(sale(), Optional.empty()))
                .isEqualTo(new Transmission.Failed(hash(), "910", "Request parameter error", false));
    }

    @Test
    void vsdcOfflineAndBusyCodesAreRetried() {
        for (String code : List.of("838", "894", "990", "999")) {
            vsdc.resetAll();
            vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson("{\"resultCd\":\"" + code
                    + "\",\"resultMsg\":\"x\",\"resultDt\":\"20261124143007\",\"data\":null}")));
            Transmission result = transmitter.transmit(sale(), Optional.empty());
            assertThat(result).as(code).isInstanceOf(Transmission.Failed.class);
            assertThat(((Transmission.Failed) result).retryable()).as(code).isTrue();
        }
    }

    @Test
    void successWithoutAReceiptIsNotTakenForOne() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(
                "{\"resultCd\":\"000\",\"resultMsg\":\"It is succeeded\",\"resultDt\":\"20261124143007\",\"data\":null}")));

        assertThat(transmitter.transmit(sale(), Optional.empty())).isInstanceOf(Transmission.Failed.class);
    }

    @Test
    void timeOutsServerErrorsAndUnreadableAnswersAreRetryableFailures() {
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson(RECEIPT).withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        Transmission slow = transmitter.transmit(sale(), Optional.empty());
        vsdc.resetAll();
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(aResponse().withStatus(503)));
        Transmission down = transmitter.transmit(sale(), Optional.empty());
        vsdc.resetAll();
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson("{\"resultCd\": ")));
        Transmission garbled = transmitter.transmit(sale(), Optional.empty());
        vsdc.resetAll();
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/saveSales").willReturn(okJson("{\"resultCd\":0}")));
        Transmission numericCode = transmitter.transmit(sale(), Optional.empty());

        for (Transmission result : List.of(slow, down, garbled, numericCode)) {
            assertThat(result).isInstanceOf(Transmission.Failed.class);
            assertThat(((Transmission.Failed) result).retryable()).isTrue();
            assertThat(result.payloadSha256()).isEqualTo(hash());
        }
        assertThat(down.message()).contains("503");
        vsdc.verify(postRequestedFor(urlEqualTo("/zrasandboxvsdc/trnsSales/saveSales"))
                .withRequestBody(matchingJsonPath("$.cisInvcNo", equalTo("PKS-0000000123"))));
    }

    @Test
    void theSimulatorSignsOnceAnswersARepeatWithTheSameReceiptAndFailsTheMagicTpin() {
        MockVsdc mock = new MockVsdc("53102500", URI.create("http://localhost:3000/invoices/verify"),
                Clock.systemUTC());

        Transmission first = mock.transmit(sale(), Optional.empty());
        Transmission again = mock.transmit(sale(), Optional.empty());
        Transmission failing = mock.transmit(new InvoiceDocument(InvoiceKind.SALE, MockVsdc.FAILING_TPIN, "000", "PKS-1",
                PaymentType.CARD, PAID, sale().lines(), Optional.empty()), Optional.empty());

        assertThat(first).isInstanceOf(Transmission.Accepted.class);
        Receipt receipt = ((Transmission.Accepted) first).receipt();
        assertThat(receipt.mock()).isTrue();
        assertThat(receipt.internalData()).hasSize(26).matches("[A-Z0-9]+");
        assertThat(receipt.signature()).hasSize(16);
        assertThat(((Transmission.Accepted) again).receipt()).isEqualTo(receipt);
        assertThat(again.resultCode()).isEqualTo("924");
        assertThat(failing).isEqualTo(new Transmission.Failed(failing.payloadSha256(), "894",
                "server communication error (mock fault)", true));
    }

    private static InvoiceDocument sale() {
        return new InvoiceDocument(InvoiceKind.SALE, "1002345678", "000", "PKS-0000000123", PaymentType.MOBILE_MONEY,
                PAID, List.of(new InvoiceLine(1, UUID.fromString("0193c1a2-0000-7000-8000-000000000012"),
                "Chitenge fabric 2m", 1, Money.zmw(15_000), Money.zmw(0))), Optional.empty());
    }

    private static String hash() {
        return VsdcPayload.of(sale(), Optional.empty(), "53102500").sha256();
    }
}
