package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;

/** The key material behind detached signatures: generated for an organisation, kept as PEM. */
class DetachedSignatureIdentityTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final SigningIdentity HOSPITAL =
            SelfSignedIdentity.generate("Tokyo General Hospital", "Medical Informatics", 30, NOW);

    @Test
    void aGeneratedIdentityIsAnEcdsaP384KeyWithASelfSignedCertificateNamingTheOrganisation() {
        var certificate = HOSPITAL.certificate();

        assertThat(certificate.getSubjectX500Principal().getName())
                .isEqualTo("CN=Medical Informatics,O=Tokyo General Hospital");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW);
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SHA384withECDSA");
        assertThat(((ECPrivateKey) HOSPITAL.privateKey()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(384);
        assertThat(HOSPITAL.chain()).isEmpty();
    }

    @Test
    void anIdentityWrittenAsPemReadsBackAndStillSigns() throws Exception {
        String key = SigningIdentityPem.privateKey(HOSPITAL);
        String certificates = SigningIdentityPem.certificates(HOSPITAL);

        SigningIdentity read = SigningIdentityPem.read(key, certificates);

        assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(certificates).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(read.privateKey().getEncoded()).isEqualTo(HOSPITAL.privateKey().getEncoded());
        assertThat(read.certificate().getEncoded()).isEqualTo(HOSPITAL.certificate().getEncoded());
        byte[] document = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(DetachedSignature.verify(document, DetachedSignature.sign(document, read, NOW)).valid()).isTrue();
    }

    @Test
    void aCertificateChainIsKeptInOrder() {
        SigningIdentity root = SelfSignedIdentity.generate("Root", "Root", 30, NOW);
        SigningIdentity withChain = new SigningIdentity(HOSPITAL.privateKey(), HOSPITAL.certificate(),
                List.of(root.certificate()));

        SigningIdentity read = SigningIdentityPem.read(SigningIdentityPem.privateKey(withChain),
                SigningIdentityPem.certificates(withChain));

        assertThat(read.certificate()).isEqualTo(HOSPITAL.certificate());
        assertThat(read.chain()).containsExactly(root.certificate());
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefused() {
        SigningIdentity other = SelfSignedIdentity.generate("Other", "Other", 30, NOW);

        assertThatThrownBy(() -> SigningIdentityPem.read(SigningIdentityPem.privateKey(other),
                SigningIdentityPem.certificates(HOSPITAL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the private key does not belong to the certificate of "
                        + "CN=Medical Informatics,O=Tokyo General Hospital");
    }

    @Test
    void onlyEcdsaP384KeysSign() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));

        assertThatThrownBy(() -> new SigningIdentity(generator.generateKeyPair().getPrivate(),
                HOSPITAL.certificate(), List.of()))
                .hasMessage("the signing key must be an ECDSA P-384 key");
    }

    @Test
    void unusablePemFilesAreRefusedWithAReason() throws Exception {
        String certificates = SigningIdentityPem.certificates(HOSPITAL);

        assertThatThrownBy(() -> SigningIdentityPem.read(encrypted(HOSPITAL), certificates))
                .hasMessage("the private key is encrypted; give it unencrypted");
        assertThatThrownBy(() -> SigningIdentityPem.read(certificates, certificates))
                .hasMessage("the private key file holds no PEM private key");
        assertThatThrownBy(() -> SigningIdentityPem.read(SigningIdentityPem.privateKey(HOSPITAL), "not PEM"))
                .hasMessage("the certificate file holds no PEM certificate");
    }

    @Test
    void theTextOfAnIdentityNeverShowsTheKey() {
        assertThat(HOSPITAL.toString())
                .isEqualTo("SigningIdentity[CN=Medical Informatics,O=Tokyo General Hospital]");
    }

    private static String encrypted(SigningIdentity identity) throws Exception {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(identity.privateKey(),
                    new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                            .setProvider(BouncyCastle.PROVIDER)
                            .setPassword("secret".toCharArray())
                            .build()));
        }
        return text.toString();
    }
}
