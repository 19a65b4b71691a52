package io.shinrai.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CAdES-BES signing-certificate-v2 attribute (RFC 5035): a signed hash of the signer's certificate, so that
 * another certificate for the same key, with another name, cannot be put in its place.
 */
final class SigningCertificateAttribute {

    private SigningCertificateAttribute() {
    }

    /** Names the certificate by its SHA-256 hash, the algorithm ESSCertIDv2 assumes when none is given. */
    static Attribute naming(X509CertificateHolder certificate) throws OperatorCreationException, IOException {
        byte[] hash = hash(certificate, new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                certificate.getSerialNumber());
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    }

    static SignatureVerdict.Outcome check(AttributeTable signedAttributes, X509CertificateHolder certificate)
            throws OperatorCreationException, IOException {
        if (signedAttributes == null) {
            return SignatureVerdict.Outcome.CERTIFICATE_NOT_NAMED;
        }
        var attributes = signedAttributes.getAll(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attributes.size() != 1) {
            return SignatureVerdict.Outcome.CERTIFICATE_NOT_NAMED;
        }
        Attribute attribute = (Attribute) attributes.get(0);
        ESSCertIDv2[] named = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        // RFC 5035: the first entry is the signer's certificate; the others may help to build its path
        if (named.length == 0) {
            return SignatureVerdict.Outcome.CERTIFICATE_NOT_NAMED;
        }
        return MessageDigest.isEqual(named[0].getCertHash(), hash(certificate, named[0].getHashAlgorithm()))
                ? SignatureVerdict.Outcome.VALID
                : SignatureVerdict.Outcome.CERTIFICATE_SUBSTITUTED;
    }

    private static byte[] hash(X509CertificateHolder certificate, AlgorithmIdentifier algorithm)
            throws OperatorCreationException, IOException {
        DigestCalculator digest = new JcaDigestCalculatorProviderBuilder()
                .setProvider(BouncyCastle.PROVIDER)
                .build()
                .get(algorithm);
        try (OutputStream out = digest.getOutputStream()) {
            out.write(certificate.getEncoded());
        }
        return digest.getDigest();
    }
}
