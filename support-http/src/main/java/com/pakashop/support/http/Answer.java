package com.pakashop.support.http;

import com.fasterxml.jackson.databind.JsonNode;

/** A provider's answer below 500 (and not 429); {@code body} is a missing node when it was empty or not JSON. */
public record Answer(int status, JsonNode body) {

    public boolean hasBody() {
        return !body.isMissingNode();
    }
}
