package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.dicom.DataElement.Value;
import io.shinrai.dicom.SignatureCheck.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DigitalSignaturesTest {

    private static final Tag PATIENT_NAME = Tag.of(0x0010, 0x0010);
    private static final Tag MANUFACTURER = Tag.of(0x0008, 0x0070);
    private static final Tag SOP_INSTANCE_UID = Tag.of(0x0008, 0x0018);
    private static final Tag REFERENCED_SERIES = Tag.of(0x0008, 0x1115);

    private static TestKeys.Issued rsa;
    private static TestKeys.Issued p384;

    @BeforeAll
    static void keys() throws Exception {
        rsa = TestKeys.selfSigned(TestKeys.rsa(), "Radiology RSA");
        p384 = TestKeys.selfSigned(TestKeys.ec("secp384r1"), "Radiology P-384");
    }

    @Test
    void aSignatureOverEveryElementIsValidForWhoeverTrustsTheSigner() throws Exception {
        Part10File signed = reread(DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(rsa.signingKey(), Instant.now())));

        List<SignatureCheck> checks = DigitalSignatures.verify(signed, trusting(rsa), Instant.now());

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.outcome()).as(check.reason()).isEqualTo(Outcome.VALID);
            assertThat(check.location()).isEqualTo(Location.DATA_SET);
            assertThat(check.mac()).contains(MacAlgorithm.SHA256);
            assertThat(check.scheme()).contains(SignatureScheme.RSA);
            assertThat(check.signedTags()).contains(PATIENT_NAME, REFERENCED_SERIES, Tag.PIXEL_DATA,
                    Tag.of(0x0029, 0x1001));
            assertThat(check.signer().orElseThrow().commonName()).contains("Radiology RSA");
        });
    }

    @Test
    void changingOneSignedValueMakesTheSignatureInvalid() throws Exception {
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(rsa.signingKey(), Instant.now()));
        Part10File changed = signed.withDataSet(signed.dataSet().with(
                new Value(PATIENT_NAME, Vr.PN, "Yamada^Jiro".getBytes(StandardCharsets.US_ASCII))));

        assertThat(DigitalSignatures.verify(changed, trusting(rsa), Instant.now()))
                .singleElement().extracting(SignatureCheck::outcome).isEqualTo(Outcome.INVALID);
    }

    @Test
    void anUnknownSignerIsUntrustedAndAnExpiredCertificateIsExpired() throws Exception {
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(rsa.signingKey(), Instant.now()));

        assertThat(DigitalSignatures.verify(signed, TrustStore.EMPTY, Instant.now()))
                .singleElement().extracting(SignatureCheck::outcome).isEqualTo(Outcome.UNTRUSTED);
        assertThat(DigitalSignatures.verify(signed, trusting(rsa), Instant.now().plus(Duration.ofDays(60))))
                .singleElement().extracting(SignatureCheck::outcome).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aSignerIssuedByATrustedAuthorityIsTrustedAndByAnotherIsNot() throws Exception {
        Instant from = Instant.now().minus(Duration.ofDays(1));
        Instant to = Instant.now().plus(Duration.ofDays(30));
        TestKeys.Issued authority = TestKeys.issue(TestKeys.ec("secp384r1"), "Hospital CA", null, from, to, true);
        TestKeys.Issued stranger = TestKeys.issue(TestKeys.ec("secp384r1"), "Other CA", null, from, to, true);
        TestKeys.Issued doctor = TestKeys.issue(TestKeys.rsa(), "Dr. Sato", authority, from, to, false);
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                SignatureRequest.everything(doctor.signingKey(), Instant.now()));

        assertThat(DigitalSignatures.verify(signed, trusting(authority), Instant.now()))
                .singleElement().extracting(SignatureCheck::outcome).isEqualTo(Outcome.VALID);
        assertThat(DigitalSignatures.verify(signed, trusting(stranger), Instant.now()))
                .singleElement().extracting(SignatureCheck::outcome).isEqualTo(Outcome.UNTRUSTED);
    }

    @Test
    void removingTheSignaturesGivesBackTheOriginalBytesInEitherByteOrderAndWithImplicitVr() throws Exception {
        for (String fixture : List.of(DicomFixtures.EXPLICIT_LITTLE, DicomFixtures.EXPLICIT_BIG,
                DicomFixtures.IMPLICIT_LITTLE)) {
            byte[] original = DicomFixtures.bytes(fixture);
            Part10File file = new Part10Reader().read(original);
            Part10File nested = DigitalSignatures.sign(file, request(p384, new Location(
                    List.of(new Location.Step(REFERENCED_SERIES, 1))), List.of()));
            byte[] signed = Part10Writer.write(DigitalSignatures.sign(nested,
                    SignatureRequest.everything(rsa.signingKey(), Instant.now())));

            assertThat(signed).as(fixture).isNotEqualTo(original);
            assertThat(DigitalSignatures.verify(new Part10Reader().read(signed), new TrustStore(
                    List.of(rsa.certificate(), p384.certificate()), List.of()), Instant.now()))
                    .as(fixture).hasSize(2).allSatisfy(check -> assertThat(check.outcome()).as(check.reason())
                            .isEqualTo(Outcome.VALID));
            assertThat(Part10Writer.write(DigitalSignatures.removeAll(new Part10Reader().read(signed))))
                    .as(fixture).isEqualTo(original);
        }
    }

    @Test
    void signaturesInSequenceItemsAreFoundAndCheckedWithTheirLocation() throws Exception {
        Location firstReference = new Location(List.of(new Location.Step(REFERENCED_SERIES, 0)));
        Part10File nested = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_BIG),
                request(p384, firstReference, List.of()));
        Part10File both = reread(DigitalSignatures.sign(nested,
                SignatureRequest.everything(rsa.signingKey(), Instant.now())));

        List<SignatureCheck> checks = DigitalSignatures.verify(both, new TrustStore(
                List.of(rsa.certificate(), p384.certificate()), List.of()), Instant.now());

        assertThat(checks).extracting(SignatureCheck::location).containsExactly(Location.DATA_SET, firstReference);
        assertThat(checks).allSatisfy(check -> assertThat(check.outcome()).as(check.reason())
                .isEqualTo(Outcome.VALID));
        assertThat(checks.get(1).scheme()).contains(SignatureScheme.ECDSA_P384);
        assertThat(checks.get(1).signedTags()).contains(Tag.of(0x0008, 0x1155), Tag.of(0x0040, 0xA730));

        String nestedUid = checks.get(1).uid();
        Part10File withoutNested = DigitalSignatures.remove(both, nestedUid);
        assertThat(DigitalSignatures.verify(withoutNested, TrustStore.EMPTY, Instant.now()))
                .extracting(SignatureCheck::uid).containsExactly(checks.get(0).uid());
    }

    @Test
    void theMacStreamIsTheSameWhateverTheByteOrderOfTheFile() throws Exception {
        Part10File little = DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE);
        Part10File big = DicomFixtures.read(DicomFixtures.EXPLICIT_BIG);
        Attributes none = new Attributes(List.of());

        byte[] fromLittle = DigitalSignatures.macInput(little.dataSet().elements(), none, little.transferSyntax());
        byte[] fromBig = DigitalSignatures.macInput(big.dataSet().elements(), none, big.transferSyntax());

        assertThat(fromBig).isEqualTo(fromLittle);
    }

    @Test
    void aCreatorSignatureOnChosenTagsAlsoCoversWhatTheProfileRequiresAndNothingElse() throws Exception {
        SignatureRequest request = new SignatureRequest(rsa.signingKey(), MacAlgorithm.SHA384,
                SignatureProfile.CREATOR_RSA, List.of(SOP_INSTANCE_UID), Location.DATA_SET,
                Optional.of(SignaturePurpose.of("14")), Instant.now());
        Part10File signed = DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE), request);

        SignatureCheck check = DigitalSignatures.verify(signed, trusting(rsa), Instant.now()).get(0);
        assertThat(check.signedTags()).contains(SOP_INSTANCE_UID, MANUFACTURER, Tag.PIXEL_DATA)
                .doesNotContain(PATIENT_NAME);

        Part10File renamed = signed.withDataSet(signed.dataSet().with(
                new Value(PATIENT_NAME, Vr.PN, "Yamada^Jiro".getBytes(StandardCharsets.US_ASCII))));
        assertThat(DigitalSignatures.verify(renamed, trusting(rsa), Instant.now()).get(0).outcome())
                .isEqualTo(Outcome.VALID);
        Part10File otherMaker = signed.withDataSet(signed.dataSet().with(
                new Value(MANUFACTURER, Vr.LO, "Other Maker ".getBytes(StandardCharsets.US_ASCII))));
        assertThat(DigitalSignatures.verify(otherMaker, trusting(rsa), Instant.now()).get(0).outcome())
                .isEqualTo(Outcome.INVALID);
    }

    @Test
    void ecdsaP256AndEd25519SignaturesVerifyAndAreLabelledAsAnExtension() throws Exception {
        for (TestKeys.Issued issued : List.of(TestKeys.selfSigned(TestKeys.ec("secp256r1"), "P-256"),
                TestKeys.selfSigned(TestKeys.ed25519(), "Ed25519"))) {
            Part10File signed = reread(DigitalSignatures.sign(DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE),
                    SignatureRequest.everything(issued.signingKey(), Instant.now())));

            SignatureCheck check = DigitalSignatures.verify(signed, trusting(issued), Instant.now()).get(0);
            assertThat(check.outcome()).as(check.reason()).isEqualTo(Outcome.VALID);
            assertThat(check.scheme().orElseThrow().extension()).isTrue();
        }
        assertThat(SignatureScheme.RSA.extension()).isFalse();
    }

    @Test
    void whatCannotBeSignedAsAskedIsRefusedWithTheReason() throws Exception {
        Part10File file = DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE);

        assertThatThrownBy(() -> DigitalSignatures.sign(file, new SignatureRequest(rsa.signingKey(),
                MacAlgorithm.SHA1, SignatureProfile.BASE_RSA, List.of(), Location.DATA_SET, Optional.empty(),
                Instant.now()))).isInstanceOf(SigningRefusedException.class).hasMessageContaining("SHA1");
        assertThatThrownBy(() -> DigitalSignatures.sign(file, new SignatureRequest(p384.signingKey(),
                MacAlgorithm.SHA384, SignatureProfile.CREATOR_RSA, List.of(), Location.DATA_SET, Optional.empty(),
                Instant.now()))).isInstanceOf(SigningRefusedException.class).hasMessageContaining("RSA key");
        assertThatThrownBy(() -> DigitalSignatures.sign(file, request(rsa, Location.DATA_SET,
                List.of(Tag.of(0x0010, 0x0030))))).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("(0010,0030)");
        assertThatThrownBy(() -> DigitalSignatures.sign(file, new SignatureRequest(rsa.signingKey(),
                MacAlgorithm.SHA256, SignatureProfile.STRUCTURED_REPORT_RSA, List.of(), Location.DATA_SET,
                Optional.empty(), Instant.now()))).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("for SR documents");
        assertThatThrownBy(() -> DigitalSignatures.sign(file, request(rsa, Location.parse("(0008,1115)[7]"),
                List.of()))).isInstanceOf(SigningRefusedException.class).hasMessageContaining("no item");
    }

    private static SignatureRequest request(TestKeys.Issued issued, Location location, List<Tag> tags) {
        return new SignatureRequest(issued.signingKey(), MacAlgorithm.SHA384, SignatureProfile.NONE, tags, location,
                Optional.empty(), Instant.now());
    }

    private static TrustStore trusting(TestKeys.Issued issued) {
        return new TrustStore(List.of(issued.certificate()), List.of());
    }

    private static Part10File reread(Part10File file) throws UnreadableDicomException {
        return new Part10Reader().read(Part10Writer.write(file));
    }
}
