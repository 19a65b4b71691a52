package io.shinrai.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A signing identity as two PEM texts, the way OpenSSL keeps them: the private key (written as unencrypted
 * PKCS#8; read as PKCS#8 or OpenSSL's "EC PRIVATE KEY") and the certificates, the signer's first.
 */
public final class SigningIdentityPem {

    private static final Base64.Encoder BASE64_LINES =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private SigningIdentityPem() {
    }

    public static String privateKey(SigningIdentity identity) {
        return pem("PRIVATE KEY", identity.privateKey().getEncoded());
    }

    public static String certificates(SigningIdentity identity) {
        StringBuilder text = new StringBuilder();
        try {
            text.append(pem("CERTIFICATE", identity.certificate().getEncoded()));
            for (X509Certificate link : identity.chain()) {
                text.append(pem("CERTIFICATE", link.getEncoded()));
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("a parsed certificate can always be encoded again", e);
        }
        return text.toString();
    }

    /** Reads an identity, refusing with a message fit for the person who chose the files. */
    public static SigningIdentity read(String privateKeyPem, String certificatesPem) {
        List<X509Certificate> certificates = readCertificates(certificatesPem);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the certificate file holds no PEM certificate");
        }
        return new SigningIdentity(readPrivateKey(privateKeyPem), certificates.get(0),
                certificates.subList(1, certificates.size()));
    }

    /** The first private key in the text, of any algorithm Bouncy Castle knows. */
    public static PrivateKey readPrivateKey(String pem) {
        Object key = firstKey(pem);
        if (key instanceof PKCS8EncryptedPrivateKeyInfo || key instanceof PEMEncryptedKeyPair) {
            throw new IllegalArgumentException("the private key is encrypted; give it unencrypted");
        }
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
        try {
            if (key instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (key instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
        } catch (PEMException unusable) {
            throw new IllegalArgumentException("the private key file holds a key of an unknown kind", unusable);
        }
        throw new IllegalArgumentException("the private key file holds no PEM private key");
    }

    private static Object firstKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PrivateKeyInfo || object instanceof PEMKeyPair
                        || object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair) {
                    return object;
                }
            }
            return null;
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the private key file is not readable PEM", unreadable);
        }
    }

    /** Every certificate in the text, in order. */
    public static List<X509Certificate> readCertificates(String pem) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        List<X509Certificate> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder certificate) {
                    certificates.add(converter.getCertificate(certificate));
                }
            }
        } catch (IOException | CertificateException | RuntimeException unreadable) {
            throw new IllegalArgumentException("the certificate file is not readable PEM", unreadable);
        }
        return certificates;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + BASE64_LINES.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
