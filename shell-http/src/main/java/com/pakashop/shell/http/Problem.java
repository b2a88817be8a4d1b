package com.pakashop.shell.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.pakashop.domain.shared.FieldError;
import java.util.List;

/** An RFC 9457 problem body, always with the request id so support can find the log lines. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, String instance, String requestId,
               List<FieldError> errors) {
    static final String BASE = "https://pakashop.zm/problems/";
}
