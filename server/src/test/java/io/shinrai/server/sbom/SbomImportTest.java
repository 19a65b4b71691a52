package io.shinrai.server.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A manufacturer gives each version its SBOM, through the page or from a build pipeline; bad files change nothing. */
@ShinraiTest
@AutoConfigureMockMvc
class SbomImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    Organisation maker;
    ProductVersion version;
    WebSession editor;
    String token;

    @BeforeEach
    void aManufacturerWithAVersion() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        Product viewer = products.add(maker.id(), "DICOM viewer");
        version = products.addVersion(maker.id(), viewer.id(), "3.0", Lifecycle.UNKNOWN);
        var member = fixtures.member(maker, OrgRole.EDITOR);
        editor = new WebSession(mvc);
        editor.signIn(member.email(), Fixtures.PASSWORD);
        token = tokens.issue(maker.id(), member.id(), "CI", OrgRole.EDITOR, Duration.ofDays(1)).secret();
    }

    @Test
    void anUploadShowsTheComponentsTheMinimumElementsAndWhatIsNoLongerSupported() throws Exception {
        editor.upload(sbomPage(), file("viewer-3.0.cdx.json", resource("viewer-3.0.cdx.json")));

        String page = editor.get(sbomPage()).getContentAsString();

        assertThat(page).contains("CycloneDX JSON 1.6").contains("com.fasterxml.jackson.core/jackson-databind@2.9.8")
                .contains("最小要素が欠けている箇所があります")
                .contains("サポートが終了したコンポーネントが 1 件あります")
                .contains("2030-12-31");
        assertThat(componentsStored()).isEqualTo(4);
    }

    @Test
    void aFileCutOffAfterManyComponentsLeavesThePreviousSbomAsItWas() throws Exception {
        editor.upload(sbomPage(), file("viewer-3.0.cdx.json", resource("viewer-3.0.cdx.json")));
        byte[] large = manyComponents(1_200);
        byte[] truncated = java.util.Arrays.copyOf(large, large.length - 200);

        editor.upload(sbomPage(), file("cut.json", truncated));
        String page = editor.get(sbomPage()).getContentAsString();

        assertThat(page).contains("SBOM を取り込めませんでした。何も変更していません。").contains("書式が正しくありません");
        assertThat(componentsStored()).isEqualTo(4);
        assertThat(page).contains("viewer-3.0.cdx.json");
    }

    @Test
    void anXmlFileWithEntitiesIsRefusedAndNothingIsStored() throws Exception {
        editor.upload(sbomPage(), file("bomb.xml", resource("entity-expansion.cdx.xml")));

        String page = editor.get(sbomPage()).getContentAsString();

        assertThat(page).contains("文書型宣言(DTD)を含む XML は安全のため受け付けていません");
        assertThat(jdbc.sql("select count(*) from sbom where product_version_id = :v").param("v", version.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPipelineSendsTheSbomAsTheRequestBodyWithItsToken() throws Exception {
        MockHttpServletResponse response = api(manyComponents(1_200), MediaType.APPLICATION_JSON);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"components\":1200").contains("CycloneDX JSON");
        assertThat(componentsStored()).isEqualTo(1_200);
    }

    @Test
    void anSpdx3SbomIsImportedWithTheSupportItsPackagesDeclare() throws Exception {
        MockHttpServletResponse response = api(resource("infusion-pump-3.0.1.spdx.json"),
                MediaType.valueOf("application/ld+json"));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"components\":3").contains("SPDX 3 JSON-LD");
        assertThat(jdbc.sql("select end_of_support from sbom_component where name = 'openssl' and sbom_id = "
                + "(select id from sbom where product_version_id = :v)").param("v", version.id())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 9, 7));
    }

    @Test
    void aPipelineIsToldWhyItsFileWasRefused() throws Exception {
        MockHttpServletResponse response = api("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"9.9\"}"
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).contains("application/problem+json");
        assertThat(response.getContentAsString()).contains("9.9");
        assertThat(componentsStored()).isZero();
    }

    @Test
    void theSupportOfAComponentIsSetByHand() throws Exception {
        editor.upload(sbomPage(), file("viewer-3.0.cdx.json", resource("viewer-3.0.cdx.json")));
        long openjpeg = jdbc.sql("select id from sbom_component where name = 'openjpeg' and sbom_id = "
                + "(select id from sbom where product_version_id = :v)").param("v", version.id())
                .query(Long.class).single();

        editor.post(sbomPage() + "/components/" + openjpeg, "supportLevel", "NO_SUPPORT", "endOfSupport",
                "2024-03-31");
        String page = editor.get(sbomPage()).getContentAsString();

        assertThat(page).contains("サポートが終了したコンポーネントが 2 件あります").contains("2024-03-31");
    }

    @Test
    void aRealSbomOfNineHundredMavenComponentsIsImported() throws Exception {
        Path keycloak = Path.of("").toAbsolutePath().getParent()
                .resolve("../shared/data/sbom/cyclonedx/keycloak-10.0.2__bom.json").normalize();
        assumeTrue(Files.isRegularFile(keycloak), "../shared/data/sbom is absent: the real SBOM is not imported");

        MockHttpServletResponse response = api(Files.readAllBytes(keycloak), MediaType.APPLICATION_JSON);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(componentsStored()).isGreaterThan(900);
    }

    private MockHttpServletResponse api(byte[] body, MediaType type) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/organisations/" + maker.id() + "/versions/"
                        + version.id() + "/sbom").contentType(type).content(body)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse();
    }

    private int componentsStored() {
        return jdbc.sql("select count(*) from sbom_component c join sbom s on s.id = c.sbom_id "
                + "where s.product_version_id = :v").param("v", version.id()).query(Integer.class).single();
    }

    private String sbomPage() {
        return "/orgs/" + maker.id() + "/versions/" + version.id() + "/sbom";
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SbomImportTest.class.getResourceAsStream("/sbom/" + name)) {
            return in.readAllBytes();
        }
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
    }

    /** A CycloneDX file of generated npm components, more than one batch's worth. */
    static byte[] manyComponents(int count) {
        StringBuilder json = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"library\",\"name\":\"package-").append(i)
                    .append("\",\"version\":\"1.0.").append(i).append("\",\"purl\":\"pkg:npm/package-").append(i)
                    .append("@1.0.").append(i).append("\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
