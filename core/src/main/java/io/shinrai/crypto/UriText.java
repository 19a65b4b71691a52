package io.shinrai.crypto;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for a URI path or query component (spaces as %20, not '+'). */
final class UriText {

    private UriText() {
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
