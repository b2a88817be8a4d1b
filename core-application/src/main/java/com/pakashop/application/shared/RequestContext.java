package com.pakashop.application.shared;

/** Where a request came from, for audit and throttling: the caller's IP and the request id. */
public record RequestContext(String ip, String requestId) {
    public static final RequestContext NONE = new RequestContext("", "");
}
