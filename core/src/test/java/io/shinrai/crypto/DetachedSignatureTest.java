package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.SignatureVerdict.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class DetachedSignatureTest {

    private static final Instant ISSUED = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-04-15T09:30:00Z");
    private static final SigningIdentity VENDOR =
            SelfSignedIdentity.generate("株式会社サンプル医療", "Sample Medical PSIRT", 365, ISSUED);
    private static final byte[] DISCLOSURE = """
            {"product": "画像診断ワークステーション", "version": "4.2", "answers": {"MDS-1": "はい"}}
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignedDisclosureVerifiesAndNamesItsSigner() throws Exception {
        byte[] signature = DetachedSignature.sign(DISCLOSURE, VENDOR, SIGNED);

        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE, signature);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.reason())
                .isEqualTo("the signature is valid and the document is unchanged since it was signed");
        assertThat(verdict.signingTime()).contains(SIGNED);
        Signer signer = verdict.signer().orElseThrow();
        assertThat(signer.organisation()).contains("株式会社サンプル医療");
        assertThat(signer.commonName()).contains("Sample Medical PSIRT");
        assertThat(signer.serialNumber()).isEqualTo(VENDOR.certificate().getSerialNumber());
        assertThat(signer.notBefore()).isEqualTo(ISSUED);
        assertThat(signer.notAfter()).isEqualTo(ISSUED.plus(Duration.ofDays(365)));
        assertThat(signer.sha256Fingerprint()).isEqualTo(Sha256.hex(VENDOR.certificate().getEncoded()));
    }

    @Test
    void binaryFilesSuchAsWorkbooksAreSignedByteForByte() {
        byte[] workbook = new byte[200_000];
        new Random(17090).nextBytes(workbook);
        workbook[0] = '\r';
        workbook[1] = '\n';

        assertThat(DetachedSignature.verify(workbook, DetachedSignature.sign(workbook, VENDOR, SIGNED)).valid())
                .isTrue();
    }

    @Test
    void aOneByteChangeInTheDocumentIsDetected() {
        byte[] signature = DetachedSignature.sign(DISCLOSURE, VENDOR, SIGNED);
        byte[] changed = DISCLOSURE.clone();
        changed[changed.length / 2] ^= 1;

        SignatureVerdict verdict = DetachedSignature.verify(changed, signature);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).isEqualTo("the document was changed after signing");
        assertThat(verdict.signer().orElseThrow().organisation()).contains("株式会社サンプル医療");
    }

    @Test
    void aCertificateWithAnotherKeyUnderTheSignersNameIsRejected() throws Exception {
        SigningIdentity impostor = SelfSignedIdentity.generate("Impostor", "Impostor", 365, ISSUED);
        X509Certificate forged = certificate(VENDOR.certificate(), VENDOR.certificate(), impostor.certificate()
                .getPublicKey(), impostor.privateKey());

        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE,
                withCertificates(DetachedSignature.sign(DISCLOSURE, VENDOR, SIGNED), forged));

        assertThat(verdict.outcome()).isEqualTo(Outcome.SIGNATURE_MISMATCH);
        assertThat(verdict.reason()).isEqualTo("the signature does not match the certificate");
    }

    @Test
    void anotherCertificateForTheSameKeyCannotReplaceTheNamedOne() throws Exception {
        SigningIdentity renamed = SelfSignedIdentity.generate("Other Name K.K.", "Other", 365, ISSUED);
        X509Certificate substitute = certificate(VENDOR.certificate(), renamed.certificate(),
                VENDOR.certificate().getPublicKey(), VENDOR.privateKey());

        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE,
                withCertificates(DetachedSignature.sign(DISCLOSURE, VENDOR, SIGNED), substitute));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CERTIFICATE_SUBSTITUTED);
        assertThat(verdict.signer().orElseThrow().organisation()).contains("Other Name K.K.");
    }

    @Test
    void aSignatureWithoutItsCertificateCannotNameTheSigner() throws Exception {
        SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE,
                withCertificates(DetachedSignature.sign(DISCLOSURE, VENDOR, SIGNED)));

        assertThat(verdict.reason()).isEqualTo("the signer's certificate is not included in the signature");
        assertThat(verdict.signer()).isEmpty();
    }

    @Test
    void aSignatureMadeBeforeTheCertificateWasValidIsRejected() {
        byte[] signature = DetachedSignature.sign(DISCLOSURE, VENDOR, ISSUED.minus(Duration.ofDays(1)));

        assertThat(DetachedSignature.verify(DISCLOSURE, signature).reason())
                .isEqualTo("the certificate was not valid at the signing time");
    }

    @Test
    void aSha1SignatureIsRefused() throws Exception {
        byte[] signature = plainCms(1, "SHA1withECDSA");

        assertThat(DetachedSignature.verify(DISCLOSURE, signature).reason())
                .isEqualTo("the signature uses a digest other than SHA-256, SHA-384 or SHA-512");
    }

    @Test
    void aSignatureWithTwoSignersIsNotTakenForTheOrganisations() throws Exception {
        byte[] signature = plainCms(2, "SHA384withECDSA");

        assertThat(DetachedSignature.verify(DISCLOSURE, signature).reason())
                .isEqualTo("the signature must have exactly one signer");
    }

    @Test
    void filesThatAreNotSignaturesGetAClearVerdict() {
        byte[] garbage = new byte[512];
        new Random(1).nextBytes(garbage);

        for (byte[] notASignature : List.of(garbage, new byte[0], DISCLOSURE, new byte[] {0x30, (byte) 0x84})) {
            SignatureVerdict verdict = DetachedSignature.verify(DISCLOSURE, notASignature);
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).isEqualTo("not a CMS signature");
        }
    }

    @Test
    void aFileTooLargeToBeASignatureIsNotRead() {
        SignatureVerdict verdict =
                DetachedSignature.verify(DISCLOSURE, new byte[DetachedSignature.MAX_SIGNATURE_BYTES + 1]);

        assertThat(verdict.reason()).isEqualTo("the file is too large to be a detached signature");
    }

    private static byte[] plainCms(int signers, String algorithm) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (int i = 0; i < signers; i++) {
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(algorithm, VENDOR.privateKey(), VENDOR.certificate()));
        }
        generator.addCertificates(new JcaCertStore(List.of(VENDOR.certificate())));
        return generator.generate(new CMSProcessableByteArray(DISCLOSURE), false).getEncoded();
    }

    private static byte[] withCertificates(byte[] signature, X509Certificate... certificates) throws Exception {
        CMSSignedData signed = new CMSSignedData(signature);
        return CMSSignedData.replaceCertificatesAndCRLs(signed, new JcaCertStore(List.of(certificates)), null, null)
                .getEncoded();
    }

    /** A certificate the signature points to (the issuer and serial of {@code named}) with any subject and key. */
    private static X509Certificate certificate(X509Certificate named, X509Certificate subjectFrom, PublicKey key,
            PrivateKey issuerKey) throws Exception {
        X509CertificateHolder holder = new JcaX509CertificateHolder(named);
        X500Name subject = new JcaX509CertificateHolder(subjectFrom).getSubject();
        X509CertificateHolder forged = new JcaX509v3CertificateBuilder(holder.getIssuer(), holder.getSerialNumber(),
                Date.from(ISSUED), Date.from(ISSUED.plus(Duration.ofDays(365))), subject, key)
                .build(new JcaContentSignerBuilder("SHA384withECDSA").build(issuerKey));
        return new JcaX509CertificateConverter().getCertificate(forged);
    }
}
