package io.shinrai.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A fresh ECDSA P-384 key with a self-signed certificate naming an organisation: for demos, tests and first use. */
public final class SelfSignedIdentity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedIdentity() {
    }

    public static SigningIdentity generate(String organisation, String commonName, int validityDays,
            Instant notBefore) {
        if (validityDays < 1) {
            throw new IllegalArgumentException("a certificate must be valid for at least one day");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp384r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = certify(keys, name(organisation, commonName), notBefore,
                    notBefore.plus(Duration.ofDays(validityDays)));
            return new SigningIdentity(keys.getPrivate(), certificate, List.of());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("the runtime cannot create ECDSA P-384 certificates", e);
        }
    }

    private static X500Name name(String organisation, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static X509Certificate certify(KeyPair keys, X500Name name, Instant notBefore, Instant notAfter)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        // RFC 5280: a positive serial of at most 20 octets
        BigInteger serial = new BigInteger(159, RANDOM).add(BigInteger.ONE);
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, serial, Date.from(notBefore),
                Date.from(notAfter), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()))
                .build(new JcaContentSignerBuilder(SigningIdentity.SIGNATURE_ALGORITHM)
                        .setProvider(BouncyCastle.PROVIDER)
                        .build(keys.getPrivate()));
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
    }
}
