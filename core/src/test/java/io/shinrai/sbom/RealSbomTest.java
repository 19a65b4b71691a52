package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** SBOMs that real tools wrote, from ../shared/data/sbom (skipped when it is absent). */
class RealSbomTest {

    @Test
    void protonBridgeIsCycloneDx12JsonOfGoModules() throws Exception {
        RecordedSbom bom = RecordedSbom.of(
                SharedSbomFiles.named("cyclonedx/proton-bridge__proton-bridge-v1.8.0.bom.json"));

        assertThat(bom.document.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(bom.document.specVersion()).isEqualTo("1.2");
        assertThat(bom.document.serialNumber()).isEqualTo("urn:uuid:d7a0ac67-e0f8-4342-86c6-801a02437636");
        assertThat(bom.document.timestamp()).isEqualTo(OffsetDateTime.parse("2021-05-16T17:10:53+02:00"));
        assertThat(bom.document.tools()).containsExactly("cyclonedx-gomod v0.6.1");
        assertThat(bom.document.product().purl()).isEqualTo("pkg:golang/github.com/ProtonMail/proton-bridge@v1.8.0");
        // 202 Go modules: the product itself and the 201 it is built from
        assertThat(bom.components.size()).isEqualTo(201);
        assertThat(bom.components).allSatisfy(component -> {
            assertThat(component.purl()).startsWith("pkg:golang/");
            assertThat(component.packageUrl()).get().satisfies(purl -> assertThat(purl.getType()).isEqualTo("golang"));
        });
        assertThat(bom.relationships).isNotEmpty()
                .allSatisfy(relationship -> assertThat(relationship.type()).isEqualTo(Relationship.DEPENDS_ON));
    }

    @Test
    void keycloakReadsTheSameAsJsonAndAsXml() throws Exception {
        RecordedSbom json = RecordedSbom.of(SharedSbomFiles.named("cyclonedx/keycloak-10.0.2__bom.json"));
        RecordedSbom xml = RecordedSbom.of(SharedSbomFiles.named("cyclonedx/keycloak-10.0.2__bom.xml"));

        assertThat(json.document.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(xml.document.format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(json.components.size()).isEqualTo(903);
        assertThat(xml.components.size()).isEqualTo(json.components.size());
        for (int i = 0; i < json.components.size(); i++) {
            assertThat(xml.components.get(i)).isEqualTo(json.components.get(i));
        }
        assertThat(xml.relationships.size()).isEqualTo(json.relationships.size());
        assertThat(xml.relationships.containsAll(json.relationships)).isTrue();
        assertThat(xml.document.serialNumber()).isEqualTo(json.document.serialNumber());
        assertThat(xml.document.timestamp()).isEqualTo(json.document.timestamp());
        assertThat(json.components).allSatisfy(component -> assertThat(component.hashes()).isNotEmpty());
    }

    @Test
    void dropwizardAndLaravelAreCycloneDx12Xml() throws Exception {
        RecordedSbom dropwizard = RecordedSbom.of(SharedSbomFiles.named("cyclonedx/dropwizard-1.3.15__bom.xml"));
        RecordedSbom laravel = RecordedSbom.of(SharedSbomFiles.named("cyclonedx/laravel-7.12.0__bom.1.2.xml"));

        assertThat(dropwizard.document.specVersion()).isEqualTo("1.2");
        assertThat(dropwizard.components).isNotEmpty()
                .allSatisfy(component -> assertThat(component.purl()).startsWith("pkg:maven/"));
        assertThat(laravel.document.specVersion()).isEqualTo("1.2");
        assertThat(laravel.document.product().name()).isEqualTo("cyclonedx-php-composer-demo");
        assertThat(laravel.named("stack-cors").group()).isEqualTo("asm89");
        assertThat(laravel.named("stack-cors").version()).isEqualTo("1.3.0");
    }

    @Test
    void spdxExamplesAreRead() throws Exception {
        RecordedSbom tagValue = RecordedSbom.of(
                SharedSbomFiles.named("spdx/software__example1__spdx2.2__example1.spdx"));
        RecordedSbom hello = RecordedSbom.of(
                SharedSbomFiles.named("spdx/software__example10__spdx2.3__hello-source.spdx.json"));
        RecordedSbom sbom = RecordedSbom.of(SharedSbomFiles.named("spdx/software__example11__spdx2.3__sbom.spdx.json"));
        RecordedSbom security = RecordedSbom.of(SharedSbomFiles.named(
                "spdx/presentations__OSS-NA-2023__SPDXVersion2.3__04-SBOMwSecurity.json"));

        assertThat(tagValue.document.format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
        assertThat(tagValue.document.specVersion()).isEqualTo("SPDX-2.2");
        assertThat(tagValue.document.product().ref()).isEqualTo("SPDXRef-Package-hello");
        assertThat(tagValue.relationships).contains(
                new Relationship("SPDXRef-Makefile", "BUILD_TOOL_OF", "SPDXRef-Package-hello"));
        assertThat(hello.document.format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(hello.document.product().name()).isEqualTo("hello");
        assertThat(sbom.document.specVersion()).isEqualTo("SPDX-2.3");
        assertThat(sbom.components).extracting(Component::name)
                .containsExactly("hello-server-src", "hyper", "tokio", "pretty_env_logger");
        assertThat(sbom.named("tokio").packageUrl()).get()
                .satisfies(purl -> assertThat(purl.getType()).isEqualTo("cargo"));
        assertThat(security.named("xlsx").supplier()).isEqualTo("Webjar");
        assertThat(security.named("tools-java").supplier()).isEqualTo("SPDX");
        assertThat(security.named("xlsx").version()).isEqualTo("0.16.6");
    }
}
