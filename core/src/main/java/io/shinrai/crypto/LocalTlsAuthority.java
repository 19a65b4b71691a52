package io.shinrai.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
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
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private certificate authority with ECDSA P-384 keys and the server certificate it issues, for a demo or a closed
 * hospital network where no public CA reaches. Browsers trust it once its certificate is imported.
 */
public record LocalTlsAuthority(X509Certificate authority, TlsIdentity server) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SIGNATURE_ALGORITHM = "SHA384withECDSA";

    /** hostNames may mix DNS names and IP address literals; each becomes a subjectAltName of the server. */
    public static LocalTlsAuthority generate(String organisation, List<String> hostNames, Duration validity,
            Instant notBefore) {
        if (hostNames.isEmpty()) {
            throw new IllegalArgumentException("a server certificate names at least one host");
        }
        try {
            KeyPair authorityKeys = p384();
            X500Name authorityName = name(organisation, "Shinrai local CA");
            Instant notAfter = notBefore.plus(validity);
            X509v3CertificateBuilder authorityBuilder = builder(authorityName, authorityName, notBefore, notAfter,
                    authorityKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate authority = sign(authorityBuilder, authorityKeys);

            KeyPair serverKeys = p384();
            X509v3CertificateBuilder serverBuilder = builder(authorityName, name(organisation, hostNames.get(0)),
                    notBefore, notAfter, serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(hostNames))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority));
            X509Certificate server = sign(serverBuilder, authorityKeys);
            return new LocalTlsAuthority(authority,
                    new TlsIdentity(serverKeys.getPrivate(), List.of(server, authority)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("the runtime cannot create ECDSA P-384 certificates", e);
        }
    }

    private static KeyPair p384() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec("secp384r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X500Name name(String organisation, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, Instant notBefore,
            Instant notAfter, PublicKey key) throws GeneralSecurityException, CertIOException {
        // RFC 5280: a positive serial of at most 20 octets
        BigInteger serial = new BigInteger(159, RANDOM).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, key)
                .addExtension(Extension.subjectKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key));
    }

    private static GeneralNames alternativeNames(List<String> hostNames) {
        return new GeneralNames(hostNames.stream()
                .map(host -> new GeneralName(isAddress(host) ? GeneralName.iPAddress : GeneralName.dNSName, host))
                .toArray(GeneralName[]::new));
    }

    private static boolean isAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(
                new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(BouncyCastle.PROVIDER)
                        .build(issuerKeys.getPrivate())));
    }
}
