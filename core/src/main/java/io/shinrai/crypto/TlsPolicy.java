package io.shinrai.crypto;

import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.jsse.BCSSLEngine;
import org.bouncycastle.jsse.BCSSLParameters;
import org.bouncycastle.jsse.BCSSLSocket;

/**
 * What a TLS connection of Shinrai may negotiate: the protocol versions, the cipher suites and the key-exchange groups,
 * each in the order of preference. The server's order wins for suites and groups.
 */
public record TlsPolicy(List<String> protocols, List<String> cipherSuites, List<String> namedGroups) {

    /** The hybrid of X25519 and ML-KEM-768 (draft-ietf-tls-ecdhe-mlkem), against harvest-now-decrypt-later. */
    public static final String HYBRID_GROUP = "X25519MLKEM768";

    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /**
     * TLS 1.3 suites that DICOM PS3.15 B.13 (modified BCP 195) has servers support, then its TLS 1.2 suites. DHE suites
     * are left out: the profile forbids them where the DHE key length is not set explicitly.
     */
    private static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

    /** The policy of every listener: the hybrid group first, classical groups for peers without ML-KEM. */
    public static final TlsPolicy HYBRID = new TlsPolicy(PROTOCOLS, CIPHER_SUITES,
            List.of(HYBRID_GROUP, "x25519", "secp384r1", "secp256r1"));

    /** The same without the hybrid group: the peer of the benchmark, and what a pre-ML-KEM client offers. */
    public static final TlsPolicy CLASSICAL = new TlsPolicy(PROTOCOLS, CIPHER_SUITES,
            List.of("x25519", "secp384r1", "secp256r1"));

    public TlsPolicy {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
        namedGroups = List.copyOf(namedGroups);
        if (protocols.isEmpty() || cipherSuites.isEmpty() || namedGroups.isEmpty()) {
            throw new IllegalArgumentException("a TLS policy needs protocols, cipher suites and named groups");
        }
    }

    /** Applies the policy to an engine of the Bouncy Castle JSSE provider, before its handshake. */
    public SSLEngine applyTo(SSLEngine engine) {
        BCSSLEngine bc = (BCSSLEngine) engine;
        bc.setParameters(merged(bc.getParameters()));
        return engine;
    }

    /** Applies the policy to a socket of the Bouncy Castle JSSE provider, before its handshake. */
    public SSLSocket applyTo(SSLSocket socket) {
        BCSSLSocket bc = (BCSSLSocket) socket;
        bc.setParameters(merged(bc.getParameters()));
        return socket;
    }

    private BCSSLParameters merged(BCSSLParameters parameters) {
        parameters.setProtocols(protocols.toArray(String[]::new));
        parameters.setCipherSuites(cipherSuites.toArray(String[]::new));
        parameters.setNamedGroups(namedGroups.toArray(String[]::new));
        // A client sends a key share for its first group only, so that a hybrid share (1.2 kB) is not sent twice.
        parameters.setEarlyKeyShares(new String[] {namedGroups.get(0)});
        parameters.setUseCipherSuitesOrder(true);
        parameters.setUseNamedGroupsOrder(true);
        return parameters;
    }
}
