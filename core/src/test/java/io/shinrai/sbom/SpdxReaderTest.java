package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpdxReaderTest {

    @Test
    void jsonGivesPackagesAsComponents() throws Exception {
        RecordedSbom spdx = RecordedSbom.resource("infusion-pump-2.3.spdx.json");

        SbomDocument document = spdx.document;
        assertThat(document.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(document.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(document.name()).isEqualTo("infusion-pump-4.2.0");
        assertThat(document.serialNumber()).isEqualTo("https://sbom.example.jp/infusion-pump/4.2.0-3e671687");
        assertThat(document.timestamp()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:30:00Z"));
        assertThat(document.authors()).containsExactly("Shinrai Medical");
        assertThat(document.tools()).containsExactly("sbom-builder-2.1");
        assertThat(document.describes()).containsExactly("SPDXRef-pump");
        assertThat(document.product().ref()).isEqualTo("SPDXRef-pump");
        assertThat(document.product().type()).isEqualTo("device");

        assertThat(spdx.components).extracting(Component::name)
                .containsExactly("Infusion pump controller", "openssl", "motor-firmware");
        Component openssl = spdx.named("openssl");
        assertThat(openssl.ref()).isEqualTo("SPDXRef-openssl");
        assertThat(openssl.supplier()).isEqualTo("OpenSSL Software Foundation");
        assertThat(openssl.purl()).isEqualTo("pkg:generic/openssl@3.0.13");
        assertThat(openssl.cpe()).isEqualTo("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
        assertThat(openssl.hashes()).containsExactly(
                new Hash("SHA256", "88525753f79d3bec27d2fa7c66aeb0b8a0d9a3c3cc4fbc9f4a2fc5e2a2e4a7d3"));
        assertThat(openssl.licences()).containsExactly("Apache-2.0");
        assertThat(spdx.named("motor-firmware").supplier()).isNull();
        assertThat(spdx.relationships).contains(
                new Relationship("SPDXRef-pump", "DEPENDS_ON", "SPDXRef-openssl"),
                new Relationship("SPDXRef-pump", "CONTAINS", "SPDXRef-firmware"));
    }

    @Test
    void tagValueReadsAsTheSameJsonDoes() throws Exception {
        RecordedSbom json = RecordedSbom.resource("infusion-pump-2.3.spdx.json");
        RecordedSbom tagValue = RecordedSbom.resource("infusion-pump-2.2.spdx");

        assertThat(tagValue.document.format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
        assertThat(tagValue.document.specVersion()).isEqualTo("SPDX-2.2");
        // the JSON names its primary purpose, which tag-value 2.2 does not have
        assertThat(tagValue.components).extracting(Component::name, Component::version, Component::supplier,
                        Component::purl, Component::cpe, Component::hashes, Component::licences)
                .isEqualTo(json.components.stream().map(component -> tuple(
                        component.name(), component.version(), component.supplier(), component.purl(),
                        component.cpe(), component.hashes(), component.licences())).toList());
        assertThat(tagValue.relationships).containsExactlyElementsOf(json.relationships);
        assertThat(tagValue.document.product().name()).isEqualTo("Infusion pump controller");
        assertThat(tagValue.document.authors()).isEqualTo(json.document.authors());
        assertThat(tagValue.document.tools()).isEqualTo(json.document.tools());
        assertThat(tagValue.document.timestamp()).isEqualTo(json.document.timestamp());
    }

    @Test
    void theValidUntilDateOfSpdx23IsTheEndOfSupport() throws Exception {
        String json = new String(SpdxReaderTest.class.getResourceAsStream("/sbom/infusion-pump-2.3.spdx.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"versionInfo\": \"3.0.13\",",
                "\"versionInfo\": \"3.0.13\", \"validUntilDate\": \"2026-09-07T00:00:00Z\",");
        String tagValue = new String(SpdxReaderTest.class.getResourceAsStream("/sbom/infusion-pump-2.2.spdx")
                .readAllBytes(), StandardCharsets.UTF_8).replace("PackageName: openssl",
                "PackageName: openssl\nValidUntilDate: 2026-09-07T00:00:00Z");

        for (String sbom : List.of(json, tagValue)) {
            assertThat(RecordedSbom.of(new ByteArrayInputStream(sbom.getBytes(
                    StandardCharsets.UTF_8))).named("openssl").endOfSupport())
                    .isEqualTo(LocalDate.of(2026, 9, 7));
        }
    }
}
