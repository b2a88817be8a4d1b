package com.pakashop.application.identity;

import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.UserAccount;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The otpauth:// URI authenticator apps read from a QR code (Key Uri Format). */
final class TotpUri {
    private TotpUri() {
    }

    static String of(UserAccount user, String base32Secret) {
        String account = user.email().map(EmailAddress::value).orElse(user.phone().e164());
        String label = URLEncoder.encode("Pakashop:" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Pakashop&algorithm=SHA1&digits=6&period=30";
    }
}
