package io.shinrai.server.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random secrets that invitation links, share links and API tokens carry: 256 bits, URL-safe. Only their hash is
 * ever stored, so each is shown once, when it is made.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
