package com.pakashop.adapter.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.application.events.DomainEvent;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.FraudCaseOpened;
import com.pakashop.domain.shared.Money;
import java.io.IOException;
import java.util.Arrays;
import java.util.Currency;

/**
 * Events as JSON for the outbox's jsonb column, and back into their records by stored type name.
 * Money is written as the API writes it, {@code {"amount":"150.00","currency":"ZMW"}}.
 *
 * <p>Rows written before events were records hold flat maps of strings: amounts as "150.00"
 * (kwacha) or "150.00 ZMW", numbers as text, a fraud case's rules as one comma-separated string.
 * They read into the same records, so nothing in the outbox is stranded by the change.
 */
final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("money").addSerializer(Money.class, new MoneyWriter())
                    .addDeserializer(Money.class, new MoneyReader()));

    private EventJson() {
    }

    static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.type() + " cannot be written as JSON", e);
        }
    }

    /** The record stored under {@code type}; throws {@link UnreadableEvent} naming what is wrong. */
    static DomainEvent read(String type, String json) {
        Class<? extends DomainEvent> record = EventTypes.recordOf(type)
                .orElseThrow(() -> new UnreadableEvent("no event type is called " + type));
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (record == FraudCaseOpened.class && tree.path("rules").isTextual()) {
                ArrayNode rules = MAPPER.createArrayNode();
                Arrays.stream(tree.path("rules").asText().split(",")).filter(r -> !r.isBlank()).forEach(rules::add);
                ((ObjectNode) tree).set("rules", rules);
            }
            return MAPPER.treeToValue(tree, record);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEvent(type + " does not read: " + e.getMessage());
        }
    }

    /** A stored event that no longer reads into its record: its delivery fails, and is dead-lettered for a person. */
    static final class UnreadableEvent extends RuntimeException {
        UnreadableEvent(String message) {
            super(message);
        }
    }

    private static final class MoneyWriter extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("amount", money.toDecimalString());
            out.writeStringField("currency", money.currency().getCurrencyCode());
            out.writeEndObject();
        }
    }

    private static final class MoneyReader extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = in.readValueAsTree();
            String amount;
            String currency;
            if (node.isObject()) {
                amount = node.path("amount").asText();
                currency = node.path("currency").asText();
            } else {
                String[] parts = node.asText().strip().split(" ");
                amount = parts[0];
                currency = parts.length > 1 ? parts[1] : Money.ZMW.getCurrencyCode();
            }
            try {
                return Money.parse(amount, Currency.getInstance(currency)).orElseThrow(() ->
                        new IllegalArgumentException("'" + amount + "' is not an amount"));
            } catch (IllegalArgumentException e) {
                throw new IOException("money '" + node + "' does not read: " + e.getMessage(), e);
            }
        }
    }
}
