package io.shinrai.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample messages under {@code audit/} in the test resources. */
final class AuditSamples {

    private AuditSamples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = AuditSamples.class.getResourceAsStream("/audit/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
