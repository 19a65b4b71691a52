package io.shinrai.sbom;

import java.util.Set;
import java.util.regex.Pattern;

/** What CycloneDX 1.2 to 1.6 allow, shared by the JSON and the XML reader. */
final class CycloneDx {

    static final Set<String> SPEC_VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6");
    static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";
    static final Set<String> COMPONENT_TYPES = Set.of("application", "framework", "library", "container",
            "operating-system", "device", "firmware", "file", "platform", "device-driver", "machine-learning-model",
            "data", "cryptographic-asset");
    static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512", "SHA3-256",
            "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3", "Streebog-256",
            "Streebog-512");
    private static final Pattern SERIAL_NUMBER = Pattern.compile(
            "urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CycloneDx() {
    }

    static boolean isSerialNumber(String text) {
        return SERIAL_NUMBER.matcher(text).matches();
    }
}
