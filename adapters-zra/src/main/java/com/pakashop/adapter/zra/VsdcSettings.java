package com.pakashop.adapter.zra;

import java.net.URI;
import java.time.Duration;

/**
 * Where the VSDC is (its base URL includes the WAR's context, such as {@code /zrasandboxvsdc}),
 * how long a signing may take, and the item class our goods are reported under until products
 * carry their own.
 */
public record VsdcSettings(URI baseUrl, Duration timeout, String itemClassCode) {
}
