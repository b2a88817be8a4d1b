package com.pakashop.adapter.zra;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.domain.invoicing.CreditReason;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceLine;
import com.pakashop.domain.invoicing.PaymentType;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.domain.invoicing.VatSplit;
import com.pakashop.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code /trnsSales/saveSales} body for a document (reference: zra-vsdc.md §6), built field
 * by field in a fixed order, so the same document always gives the same bytes and the same hash.
 * Every tax family's triple is sent, zero where unused; our goods are standard-rated (A).
 */
final class VsdcPayload {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(LUSAKA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(LUSAKA);
    private static final String USER_ID = "pakashop";
    private static final String USER_NAME = "Pakashop";
    /** Tax families and their rates in the order ZRA's sample lists them. */
    static final Map<String, BigDecimal> TAX_RATES = rates();

    private final byte[] bytes;

    private VsdcPayload(byte[] bytes) {
        this.bytes = bytes;
    }

    static VsdcPayload of(InvoiceDocument document, Optional<Receipt> original, String itemClassCode) {
        boolean credit = document.kind() == InvoiceKind.CREDIT_NOTE;
        if (credit && original.isEmpty()) {
            throw new IllegalArgumentException("a credit note names the receipt of the sale it credits");
        }
        String confirmed = DATE_TIME.format(document.confirmedAt());
        VatSplit vat = document.vat();
        ObjectNode body = MAPPER.createObjectNode();
        body.put("tpin", document.tpin()).put("bhfId", document.branchId())
                .put("orgInvcNo", credit ? original.get().receiptNumber() : 0);
        if (credit) {
            body.put("orgSdcId", original.get().sdcId());
        }
        body.put("cisInvcNo", document.number()).putNull("custTpin").putNull("custNm").put("salesTyCd", "N")
                .put("rcptTyCd", credit ? "R" : "S")
                .put("pmtTyCd", document.paymentType() == PaymentType.CARD ? "05" : "06")
                .put("salesSttsCd", "02").put("cfmDt", confirmed).put("salesDt", DATE.format(document.confirmedAt()))
                .putNull("stockRlsDt").putNull("cnclReqDt");
        boolean cancelled = document.creditReason().map(r -> r == CreditReason.ORDER_CANCELLED).orElse(false);
        putDateOrNull(body, "cnclDt", cancelled ? confirmed : null);
        putDateOrNull(body, "rfdDt", credit ? confirmed : null);
        if (credit) {
            body.put("rfdRsnCd", document.creditReason().get() == CreditReason.ORDER_CANCELLED ? "01" : "02");
        } else {
            body.putNull("rfdRsnCd");
        }
        body.put("totItemCnt", document.lines().size());
        TAX_RATES.forEach((code, rate) -> {
            boolean standard = code.equals("A");
            body.put("taxblAmt" + code, standard ? vat.taxable() : zero());
            body.put("taxRt" + code, rate);
            body.put("taxAmt" + code, standard ? vat.tax() : zero());
        });
        body.put("totTaxblAmt", vat.taxable()).put("totTaxAmt", vat.tax()).put("totAmt", decimal(document.total()))
                .put("prchrAcptcYn", "N").put("remark", "").put("regrId", USER_ID).put("regrNm", USER_NAME)
                .put("modrId", USER_ID).put("modrNm", USER_NAME).put("lpoNumber", "")
                .put("currencyTyCd", document.total().currency().getCurrencyCode()).put("exchangeRt", 1)
                .put("destnCountryCd", "").put("dbtRsnCd", "").put("invcAdjustReason", "");
        ArrayNode items = body.putArray("itemList");
        for (InvoiceLine line : document.lines()) {
            item(items.addObject(), line, itemClassCode);
        }
        try {
            return new VsdcPayload(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an invoice body could not be written", e);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void item(ObjectNode item, InvoiceLine line, String itemClassCode) {
        VatSplit vat = line.vat();
        BigDecimal supply = decimal(line.supply());
        BigDecimal discountRate = supply.signum() == 0 ? BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY)
                : decimal(line.discount()).multiply(BigDecimal.valueOf(100)).divide(supply, 2, RoundingMode.HALF_UP);
        item.put("itemSeq", line.sequence()).put("itemCd", itemCode(line)).put("itemClsCd", itemClassCode)
                .put("itemNm", line.name().length() <= 200 ? line.name() : line.name().substring(0, 200))
                .put("bcd", "").put("pkgUnitCd", "NT").put("pkg", line.quantity()).put("qtyUnitCd", "U")
                .put("qty", line.quantity()).put("prc", decimal(line.unitPrice())).put("splyAmt", supply)
                .put("dcRt", discountRate).put("dcAmt", decimal(line.discount())).put("isrccCd", "")
                .put("isrccNm", "").put("isrcRt", 0).put("isrcAmt", 0).put("vatCatCd", "A")
                .put("vatTaxblAmt", vat.taxable()).put("vatAmt", vat.tax()).putNull("iplCatCd").put("iplTaxblAmt", 0)
                .put("iplAmt", 0).putNull("tlCatCd").put("tlTaxblAmt", 0).put("tlAmt", 0).putNull("exciseTxCatCd")
                .put("exciseTaxblAmt", 0).put("exciseTxAmt", 0).put("taxblAmt", vat.taxable()).put("taxAmt", vat.tax())
                .put("totAmt", decimal(line.total()));
    }

    /** Our product id, so one product always reports as one item. */
    static String itemCode(InvoiceLine line) {
        return "PKS" + line.productId().toString().replace("-", "").toUpperCase(Locale.ROOT);
    }

    private static void putDateOrNull(ObjectNode body, String field, String value) {
        if (value == null) {
            body.putNull(field);
        } else {
            body.put(field, value);
        }
    }

    private static BigDecimal decimal(Money money) {
        return BigDecimal.valueOf(money.minor(), money.currency().getDefaultFractionDigits());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(VatSplit.SCALE, RoundingMode.UNNECESSARY);
    }

    private static Map<String, BigDecimal> rates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        String[][] table = {{"A", "16"}, {"B", "16"}, {"C1", "0"}, {"C2", "0"}, {"C3", "0"}, {"D", "0"},
                {"Rvat", "16"}, {"E", "0"}, {"F", "10"}, {"Ipl1", "5"}, {"Ipl2", "0"}, {"Tl", "1.5"}, {"Ecm", "5"},
                {"Exeeg", "3"}, {"Tot", "0"}};
        for (String[] row : table) {
            rates.put(row[0], new BigDecimal(row[1]));
        }
        return Collections.unmodifiableMap(rates);
    }
}
