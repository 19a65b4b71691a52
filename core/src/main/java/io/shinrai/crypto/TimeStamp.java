package io.shinrai.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp token (DER, a CMS SignedData) as an authority issued it: proof that some data existed at
 * {@code time}, signed by the authority {@code authority} (its certificate's subject).
 */
public record TimeStamp(byte[] token, Instant time, String authority) {

    /** A token is a few kilobytes; anything this large is not one. */
    public static final int MAX_TOKEN_BYTES = 256 * 1024;

    private static final Map<ASN1ObjectIdentifier, String> ACCEPTED_DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    public enum Outcome {
        VALID("the time-stamp is valid and issued by a trusted authority"),
        UNTRUSTED("the time-stamp is intact but its authority is not among the trusted certificates"),
        DATA_CHANGED("the time-stamp was issued for other data"),
        SIGNATURE_INVALID("the authority's signature on the time-stamp does not verify"),
        UNREADABLE("not a time-stamp token, or one with an unsupported hash");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** What checking a token against its data found; time and authority are known whenever the token is readable. */
    public record Verdict(Outcome outcome, Optional<Instant> time, Optional<String> authority) {

        /** Issued for the data and unchanged, whether or not its authority is trusted. */
        public boolean intact() {
            return outcome == Outcome.VALID || outcome == Outcome.UNTRUSTED;
        }
    }

    static TimeStamp of(TimeStampToken token) throws IOException {
        return new TimeStamp(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant(),
                signerCertificate(token).map(certificate -> certificate.getSubject().toString()).orElse(""));
    }

    /** Reads a stored token back, for showing its time and authority; {@link #verify} says whether it holds. */
    public static Optional<TimeStamp> read(byte[] token) {
        try {
            return Optional.of(of(parse(token)));
        } catch (IOException | TSPException | CMSException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks that {@code token} is an authority's signed statement about exactly {@code data}, and whether that
     * authority (its certificate, or the certificate that issued it) is one of {@code trusted}.
     */
    public static Verdict verify(byte[] token, byte[] data, Collection<X509Certificate> trusted) {
        TimeStampToken parsed;
        try {
            parsed = parse(token);
        } catch (IOException | TSPException | CMSException | RuntimeException e) {
            return new Verdict(Outcome.UNREADABLE, Optional.empty(), Optional.empty());
        }
        Optional<Instant> time = Optional.of(parsed.getTimeStampInfo().getGenTime().toInstant());
        Optional<X509CertificateHolder> signer = signerCertificate(parsed);
        Optional<String> authority = signer.map(certificate -> certificate.getSubject().toString());
        String digest = ACCEPTED_DIGESTS.get(parsed.getTimeStampInfo().getMessageImprintAlgOID());
        if (digest == null || signer.isEmpty()) {
            return new Verdict(Outcome.UNREADABLE, time, authority);
        }
        try {
            byte[] expected = MessageDigest.getInstance(digest).digest(data);
            if (!MessageDigest.isEqual(expected, parsed.getTimeStampInfo().getMessageImprintDigest())) {
                return new Verdict(Outcome.DATA_CHANGED, time, authority);
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(signer.get());
            parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            Outcome outcome = isTrusted(certificate, trusted) ? Outcome.VALID : Outcome.UNTRUSTED;
            return new Verdict(outcome, time, authority);
        } catch (TSPValidationException e) {
            return new Verdict(Outcome.SIGNATURE_INVALID, time, authority);
        } catch (GeneralSecurityException | OperatorCreationException | TSPException e) {
            return new Verdict(Outcome.UNREADABLE, time, authority);
        }
    }

    private static TimeStampToken parse(byte[] token) throws IOException, TSPException, CMSException {
        if (token.length > MAX_TOKEN_BYTES) {
            throw new IOException("too large for a time-stamp token");
        }
        return new TimeStampToken(new CMSSignedData(token));
    }

    private static Optional<X509CertificateHolder> signerCertificate(TimeStampToken token) {
        return token.getCertificates().getMatches(token.getSID()).stream().findFirst();
    }

    private static boolean isTrusted(X509Certificate authority, Collection<X509Certificate> trusted) {
        for (X509Certificate anchor : trusted) {
            if (anchor.equals(authority)) {
                return true;
            }
            if (anchor.getSubjectX500Principal().equals(authority.getIssuerX500Principal())) {
                try {
                    authority.verify(anchor.getPublicKey());
                    return true;
                } catch (GeneralSecurityException e) {
                    // another certificate with the same name; keep looking
                }
            }
        }
        return false;
    }
}
