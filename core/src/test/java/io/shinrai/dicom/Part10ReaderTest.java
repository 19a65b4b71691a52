package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.dicom.DataElement.Fragments;
import io.shinrai.dicom.DataElement.Sequence;
import io.shinrai.dicom.DataElement.Value;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Part10ReaderTest {

    private static final Tag MANUFACTURER = Tag.of(0x0008, 0x0070);
    private static final Tag REFERENCED_SERIES = Tag.of(0x0008, 0x1115);
    private final Part10Reader reader = new Part10Reader();

    @Test
    void theSameReportReadsAlikeInEveryTransferSyntax() throws Exception {
        for (String fixture : List.of(DicomFixtures.EXPLICIT_LITTLE, DicomFixtures.EXPLICIT_BIG,
                DicomFixtures.IMPLICIT_LITTLE, DicomFixtures.DEFLATED)) {
            Attributes dataSet = DicomFixtures.read(fixture).dataSet();

            assertThat(dataSet.text(MANUFACTURER)).as(fixture).contains("Sample Medical K.K.");
            Sequence references = (Sequence) dataSet.get(REFERENCED_SERIES).orElseThrow();
            assertThat(references.items()).as(fixture).hasSize(2);
            Sequence content = (Sequence) references.items().get(0).attributes().get(Tag.of(0x0040, 0xA730))
                    .orElseThrow();
            assertThat(content.items().get(0).attributes().text(Tag.of(0x0040, 0xA160)))
                    .as(fixture).contains("No acute findings.");
            assertThat(dataSet.get(Tag.of(0x0029, 0x1002))).as(fixture).isPresent();
        }
    }

    @Test
    void valuesKeepTheByteOrderOfTheFileAndTheirVr() throws Exception {
        Value little = (Value) DicomFixtures.read(DicomFixtures.EXPLICIT_LITTLE).dataSet().get(Tag.PIXEL_DATA)
                .orElseThrow();
        Value big = (Value) DicomFixtures.read(DicomFixtures.EXPLICIT_BIG).dataSet().get(Tag.PIXEL_DATA)
                .orElseThrow();
        Value implicit = (Value) DicomFixtures.read(DicomFixtures.IMPLICIT_LITTLE).dataSet().get(Tag.PIXEL_DATA)
                .orElseThrow();

        assertThat(little.vr()).isEqualTo(Vr.OW);
        assertThat(little.bytes()).containsExactly(0x02, 0x01, 0x04, 0x03, 0x06, 0x05, 0x08, 0x07);
        assertThat(big.bytes()).containsExactly(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08);
        assertThat(implicit.vr()).as("implicit VR files do not say; the registry does").isEqualTo(Vr.OW);
    }

    @Test
    void encapsulatedPixelDataIsReadAsFragments() throws Exception {
        Fragments pixels = (Fragments) reader.read(Files.readAllBytes(SharedDicomFiles.named("JPEG2000.dcm")))
                .dataSet().get(Tag.PIXEL_DATA).orElseThrow();

        assertThat(pixels.fragments()).hasSize(2);
        assertThat(pixels.fragments().get(0)).as("empty basic offset table").isEmpty();
        assertThat(Arrays.copyOf(pixels.fragments().get(1), 2)).containsExactly(0xFF, 0x4F);
    }

    @Test
    void aTruncatedFileIsRefusedWithAClearMessageAtEveryLength() {
        byte[] file = DicomFixtures.bytes(DicomFixtures.EXPLICIT_LITTLE);
        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            try {
                reader.read(cut);
            } catch (UnreadableDicomException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void aLengthBeyondTheEndIsRefusedWithoutAllocatingIt() {
        byte[] file = part10(element(0x0010, 0x0010, "LO", 0xFFF0, new byte[0]));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDicomException.class)
                .hasMessageContaining("claims 65520 bytes but only 0 remain");
        byte[] huge = part10(longElement(0x0010, 0x0010, "UT", 0xFFFFFFF0L));
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(UnreadableDicomException.class)
                .hasMessageContaining("claims 4294967280 bytes");
    }

    @Test
    void anUnknownVrIsRefused() {
        assertThatThrownBy(() -> reader.read(part10(element(0x0010, 0x0010, "ZZ", 0, new byte[0]))))
                .isInstanceOf(UnreadableDicomException.class).hasMessageContaining("unknown value representation");
    }

    @Test
    void sequencesNestedBeyondTheLimitAreRefused() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int level = 0; level < Part10Reader.MAX_NESTING + 5; level++) {
            body.writeBytes(longElement(0x0040, 0xA730, "SQ", 0xFFFFFFFFL));
            body.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, -1, -1, -1, -1});
        }
        assertThatThrownBy(() -> reader.read(part10(body.toByteArray()))).isInstanceOf(UnreadableDicomException.class)
                .hasMessageContaining("nested deeper than " + Part10Reader.MAX_NESTING);
    }

    @Test
    void aDeflatedDataSetThatInflatesBeyondTheLimitIsRefused() {
        assertThatThrownBy(() -> new Part10Reader(100).read(DicomFixtures.bytes(DicomFixtures.DEFLATED)))
                .isInstanceOf(UnreadableDicomException.class).hasMessageContaining("inflates beyond 100 bytes");
    }

    @Test
    void somethingElseThanDicomIsRefused() {
        assertThatThrownBy(() -> reader.read("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableDicomException.class).hasMessageContaining("not a DICOM file");
    }

    /** A file with explicit VR little endian meta information around the given data set bytes. */
    static byte[] part10(byte[] dataSet) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        byte[] uid = "1.2.840.10008.1.2.1\0".getBytes(StandardCharsets.US_ASCII);
        file.writeBytes(element(0x0002, 0x0010, "UI", uid.length, uid));
        file.writeBytes(dataSet);
        return file.toByteArray();
    }

    private static byte[] element(int group, int element, String vr, int length, byte[] value) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + value.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII))
                .putShort((short) length).put(value);
        return buffer.array();
    }

    private static byte[] longElement(int group, int element, String vr, long length) {
        ByteBuffer buffer = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 0).putInt((int) length);
        return buffer.array();
    }
}
