package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CycloneDxReaderTest {

    @Test
    void jsonGivesTheDocumentComponentsAndDependencies() throws Exception {
        RecordedSbom bom = RecordedSbom.resource("infusion-pump-1.6.json");

        SbomDocument document = bom.document;
        assertThat(document.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(document.specVersion()).isEqualTo("1.6");
        assertThat(document.serialNumber()).isEqualTo("urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
        assertThat(document.timestamp()).isEqualTo(OffsetDateTime.parse("2026-04-01T09:30:00+09:00"));
        assertThat(document.authors()).containsExactly("Shinrai Medical PSIRT");
        assertThat(document.tools()).containsExactly("sbom-builder 2.1");
        assertThat(document.product().name()).isEqualTo("Infusion pump controller");
        assertThat(document.product().supplier()).isEqualTo("Shinrai Medical");

        assertThat(bom.components).extracting(Component::name)
                .containsExactly("pump-ui", "openssl", "busybox", "linux-yocto", "motor-firmware");
        assertThat(bom.components).noneMatch(component -> component.equals(document.product()));
        Component openssl = bom.named("openssl");
        assertThat(openssl.packageUrl()).contains(new PackageURL("pkg:generic/openssl@3.0.13"));
        assertThat(openssl.cpe()).isEqualTo("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
        assertThat(openssl.hashes()).containsExactly(new Hash("SHA-256",
                "88525753f79d3bec27d2fa7c66aeb0b8a0d9a3c3cc4fbc9f4a2fc5e2a2e4a7d3"));
        assertThat(openssl.licences()).containsExactly("Apache-2.0");
        assertThat(openssl.supportLevel()).isEqualTo(SupportLevel.LIMITED_SUPPORT);
        assertThat(openssl.endOfSupport()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(bom.named("linux-yocto").endOfSupport()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(bom.named("linux-yocto").licences()).containsExactly("GPL-2.0-only WITH Linux-syscall-note");
        assertThat(bom.named("busybox").swidTagId()).isEqualTo("busybox-1.36.1");
        assertThat(bom.named("motor-firmware").version()).isNull();
        assertThat(bom.named("motor-firmware").hasUniqueIdentifier()).isFalse();

        assertThat(bom.relationships).containsExactly(
                new Relationship("pump", "DEPENDS_ON", "openssl"),
                new Relationship("pump", "DEPENDS_ON", "linux"),
                new Relationship("pump", "DEPENDS_ON", "firmware-blob"),
                new Relationship("linux", "DEPENDS_ON", "busybox"));
    }

    @Test
    void xmlReadsAsTheSameJsonDoes() throws Exception {
        RecordedSbom json = RecordedSbom.resource("infusion-pump-1.6.json");
        RecordedSbom xml = RecordedSbom.resource("infusion-pump-1.5.xml");

        assertThat(xml.document.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(xml.document.specVersion()).isEqualTo("1.5");
        assertThat(xml.components).isEqualTo(json.components);
        assertThat(xml.relationships).isEqualTo(json.relationships);
        assertThat(xml.document.product()).isEqualTo(json.document.product());
        assertThat(xml.document.authors()).isEqualTo(json.document.authors());
        assertThat(xml.document.tools()).isEqualTo(json.document.tools());
        assertThat(xml.document.timestamp()).isEqualTo(json.document.timestamp());
    }
}
