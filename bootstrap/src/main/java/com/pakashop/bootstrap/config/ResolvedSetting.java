package com.pakashop.bootstrap.config;

/** A variable as the process resolved it, with secrets masked: what {@code config check} prints. */
public record ResolvedSetting(String variable, String shownValue, Origin origin) {

    public enum Origin { ENVIRONMENT, DEFAULT, DEV_KEY_FILE, UNSET }
}
