package io.shinrai.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A listener's key and certificates as the files people bring: PEM (the key and the chain in two texts, as OpenSSL and
 * ACME clients write them) or PKCS#12 (one password-protected file, as Windows and Java tools export them).
 */
public final class TlsIdentityFiles {

    /** Larger than any real key with its chain; what is larger is refused before it is parsed. */
    public static final int MAX_BYTES = 256 * 1024;

    private TlsIdentityFiles() {
    }

    public static TlsIdentity readPem(String privateKeyPem, String certificatesPem) {
        if (privateKeyPem.length() > MAX_BYTES || certificatesPem.length() > MAX_BYTES) {
            throw new IllegalArgumentException("the file is too large for a key or a certificate chain");
        }
        List<X509Certificate> chain = SigningIdentityPem.readCertificates(certificatesPem);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate file holds no PEM certificate");
        }
        return new TlsIdentity(SigningIdentityPem.readPrivateKey(privateKeyPem), chain);
    }

    /** The first entry of the store that holds a private key, with its chain. */
    public static TlsIdentity readPkcs12(byte[] pkcs12, char[] password) {
        if (pkcs12.length > MAX_BYTES) {
            throw new IllegalArgumentException("the file is too large for a key or a certificate chain");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the file is not a PKCS#12 file, or the password is wrong", unreadable);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                    return new TlsIdentity(privateKey, certificates);
                }
            }
        } catch (GeneralSecurityException | ClassCastException unusable) {
            throw new IllegalArgumentException("the PKCS#12 file holds a key that cannot be read", unusable);
        }
        throw new IllegalArgumentException("the PKCS#12 file holds no private key with its certificate");
    }

    public static String privateKeyPem(TlsIdentity identity) {
        return SigningIdentityPem.pem("PRIVATE KEY", identity.privateKey().getEncoded());
    }

    public static String certificatesPem(List<X509Certificate> certificates) {
        StringBuilder text = new StringBuilder();
        try {
            for (X509Certificate certificate : certificates) {
                text.append(SigningIdentityPem.pem("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate can always be encoded again", e);
        }
        return text.toString();
    }
}
