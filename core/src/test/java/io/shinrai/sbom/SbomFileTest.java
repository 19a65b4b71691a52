package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SbomFileTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = SbomFileTest.class.getResourceAsStream("/sbom/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFormatIsRecognisedFromTheContent() throws Exception {
        assertThat(SbomFile.detect(resource("infusion-pump-1.6.json"))).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(SbomFile.detect(resource("infusion-pump-1.5.xml"))).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(SbomFile.detect(resource("infusion-pump-2.3.spdx.json"))).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(SbomFile.detect(resource("infusion-pump-2.2.spdx"))).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
    }

    @Test
    void aByteOrderMarkBeforeTheContentIsPassedOver() throws Exception {
        for (String name : new String[] {"infusion-pump-1.6.json", "infusion-pump-1.5.xml",
            "infusion-pump-2.3.spdx.json", "infusion-pump-2.2.spdx"}) {
            ByteArrayOutputStream marked = new ByteArrayOutputStream();
            marked.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            marked.write(resource(name));

            RecordedSbom withMark = RecordedSbom.of(new ByteArrayInputStream(marked.toByteArray()));

            assertThat(withMark.components).as(name).isEqualTo(RecordedSbom.resource(name).components);
        }
    }
}
