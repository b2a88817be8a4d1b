package com.pakashop.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacTotpCodesTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheSha1VectorsOfRfc6238AppendixB() {
        HmacTotpCodes codes = new HmacTotpCodes();

        // RFC 6238 Appendix B lists 8-digit values; the last six digits are the 6-digit codes
        assertThat(codes.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(codes.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(codes.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(codes.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }
}
