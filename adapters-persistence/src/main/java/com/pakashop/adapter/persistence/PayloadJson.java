package com.pakashop.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Flat string maps (event payloads, audit details, product attributes) as JSON text for jsonb columns, and back. */
final class PayloadJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FLAT = new TypeReference<>() { };

    private PayloadJson() {
    }

    static String write(Map<String, String> payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a flat map cannot be written as JSON", e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return MAPPER.readValue(json, FLAT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored value is not a flat JSON object of strings", e);
        }
    }
}
