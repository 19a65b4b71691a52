package io.shinrai.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Who signed, as the signer's certificate says. The SHA-256 fingerprint of the certificate is what a reader
 * compares with the one the organisation published, since a self-signed certificate can claim any name.
 */
public record Signer(String subject, Optional<String> organisation, Optional<String> commonName,
        BigInteger serialNumber, Instant notBefore, Instant notAfter, String sha256Fingerprint) {

    public static Signer of(X509Certificate certificate) {
        try {
            return from(new X509CertificateHolder(certificate.getEncoded()));
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    static Signer from(X509CertificateHolder certificate) {
        X500Name subject = X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubject());
        try {
            return new Signer(subject.toString(), attribute(subject, BCStyle.O), attribute(subject, BCStyle.CN),
                    certificate.getSerialNumber(), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), Sha256.hex(certificate.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("a parsed certificate can be encoded again", e);
        }
    }

    private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        var value = rdns[0].getFirst().getValue();
        return Optional.of(value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value));
    }
}
