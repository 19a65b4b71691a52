package io.shinrai.crypto;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * A detached CAdES-BES signature (CMS SignedData, DER, the ".p7s" beside the file) over any document: the JSON or
 * the Excel form of a disclosure. The signature carries the signer's certificate, so it can be checked on its own;
 * whether that certificate is the organisation's is for the reader to judge from the verdict.
 */
public final class DetachedSignature {

    /** A signature with a certificate chain is a few kilobytes; anything this large is not one. */
    public static final int MAX_SIGNATURE_BYTES = 1 << 20;

    private static final Set<String> ACCEPTED_DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());

    private DetachedSignature() {
    }

    /** Signs with SHA-384 and ECDSA P-384; the signing time is kept to the second, as CMS records it. */
    public static byte[] sign(byte[] document, SigningIdentity signer, Instant signingTime) {
        try {
            X509CertificateHolder certificate = new JcaX509CertificateHolder(signer.certificate());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            attributes.add(SigningCertificateAttribute.naming(certificate));
            // content-type and message-digest are added by the generator
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .setSignedAttributeGenerator(new AttributeTable(attributes))
                    .build(SigningIdentity.SIGNATURE_ALGORITHM, signer.privateKey(), signer.certificate()));
            generator.addCertificates(new JcaCertStore(certificates(signer)));
            return generator.generate(new CMSProcessableByteArray(document), false).getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("could not sign with " + signer, e);
        }
    }

    /** Never throws for what the files hold: every problem is a verdict with its reason. */
    public static SignatureVerdict verify(byte[] document, byte[] signature) {
        if (signature.length > MAX_SIGNATURE_BYTES) {
            return SignatureVerdict.refused(SignatureVerdict.Outcome.TOO_LARGE);
        }
        Collection<SignerInformation> signers;
        Store<X509CertificateHolder> certificates;
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
            signers = signed.getSignerInfos().getSigners();
            certificates = signed.getCertificates();
        } catch (CMSException | RuntimeException notCms) {
            return SignatureVerdict.refused(SignatureVerdict.Outcome.NOT_A_SIGNATURE);
        }
        if (signers.size() != 1) {
            return SignatureVerdict.refused(SignatureVerdict.Outcome.NOT_ONE_SIGNER);
        }
        try {
            return check(signers.iterator().next(), certificates);
        } catch (RuntimeException damaged) {
            // Bouncy Castle parses lazily and reports malformed structures with assorted unchecked exceptions
            return SignatureVerdict.refused(SignatureVerdict.Outcome.UNREADABLE);
        }
    }

    private static SignatureVerdict check(SignerInformation signerInfo, Store<X509CertificateHolder> certificates) {
        Collection<X509CertificateHolder> matches = certificates.getMatches(signerInfo.getSID());
        if (matches.isEmpty()) {
            return SignatureVerdict.refused(SignatureVerdict.Outcome.CERTIFICATE_MISSING);
        }
        X509CertificateHolder certificate = matches.iterator().next();
        return new SignatureVerdict(outcome(signerInfo, certificate), Optional.of(Signer.from(certificate)),
                signingTime(signerInfo));
    }

    private static SignatureVerdict.Outcome outcome(SignerInformation signerInfo,
            X509CertificateHolder certificate) {
        if (!ACCEPTED_DIGESTS.contains(signerInfo.getDigestAlgOID())) {
            return SignatureVerdict.Outcome.WEAK_DIGEST;
        }
        try {
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(certificate))) {
                return SignatureVerdict.Outcome.SIGNATURE_MISMATCH;
            }
            return SigningCertificateAttribute.check(signerInfo.getSignedAttributes(), certificate);
        } catch (CMSSignerDigestMismatchException changed) {
            return SignatureVerdict.Outcome.DOCUMENT_CHANGED;
        } catch (CMSVerifierCertificateNotValidException expired) {
            return SignatureVerdict.Outcome.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME;
        } catch (CMSException | OperatorCreationException | CertificateException | IOException unusable) {
            return SignatureVerdict.Outcome.UNREADABLE;
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signerInfo) {
        AttributeTable signed = signerInfo.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }

    private static List<X509Certificate> certificates(SigningIdentity signer) {
        List<X509Certificate> all = new ArrayList<>();
        all.add(signer.certificate());
        all.addAll(signer.chain());
        return all;
    }
}
