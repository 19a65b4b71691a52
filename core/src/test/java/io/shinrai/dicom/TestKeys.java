package io.shinrai.dicom;

import io.shinrai.crypto.BouncyCastle;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and certificates for the tests, made fresh: RSA, ECDSA and Ed25519, self-signed or issued by a test CA. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Issued(KeyPair keys, X509Certificate certificate) {

        DicomSigningKey signingKey() {
            return DicomSigningKey.of(keys.getPrivate(), certificate);
        }
    }

    private TestKeys() {
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec(curve), RANDOM);
        return generator.generateKeyPair();
    }

    static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519", BouncyCastle.PROVIDER).generateKeyPair();
    }

    /** Valid from a day ago for 30 days, so that a signature made now lies well inside its validity. */
    static Issued selfSigned(KeyPair keys, String commonName) throws Exception {
        return issue(keys, commonName, null, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), false);
    }

    static Issued issue(KeyPair keys, String commonName, Issued issuer, Instant notBefore, Instant notAfter,
            boolean authority) throws Exception {
        X500Name subject = new X500Name("O=Sample Medical K.K.,CN=" + commonName);
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        KeyPair signing = issuer == null ? keys : issuer.keys();
        String algorithm = switch (signing.getPrivate().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA384withECDSA";
            default -> "Ed25519";
        };
        var holder = new JcaX509v3CertificateBuilder(issuerName, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.PROVIDER)
                        .build(signing.getPrivate()));
        return new Issued(keys, new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(holder));
    }

    static String pem(Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }
}
