package io.shinrai.server.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A manufacturer keeps its products, their versions and each version's lifecycle dates, with their history. */
@ShinraiTest
@AutoConfigureMockMvc
class ProductPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    ApiTokens tokens;

    Organisation maker;
    WebSession editor;

    @BeforeEach
    void aManufacturerWithAnEditor() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
    }

    @Test
    void aVersionIsAddedWithItsDatesAndShowsWhetherItIsStillSupported() throws Exception {
        editor.post("/orgs/" + maker.id() + "/products", "name", "画像サーバ X");
        Product product = products.of(maker.id()).get(0);
        LocalDate today = products.today();
        editor.post("/orgs/" + maker.id() + "/products/" + product.id() + "/versions", "version", "3.1",
                "releasedOn", today.minusYears(6).toString(), "endOfSales", today.minusYears(2).toString(),
                "endOfSupport", today.minusDays(1).toString());
        editor.post("/orgs/" + maker.id() + "/products/" + product.id() + "/versions", "version", "4.0",
                "releasedOn", today.minusYears(1).toString());

        String page = editor.get("/orgs/" + maker.id() + "/products/" + product.id()).getContentAsString();

        assertThat(page).contains(">3.1<").contains(">4.0<").contains("サポート終了").contains("販売中");
    }

    @Test
    void movingTheEndOfSupportIsKeptInTheHistoryWithWhoMovedIt() throws Exception {
        Product product = products.add(maker.id(), "Modality Y");
        ProductVersion version = products.addVersion(maker.id(), product.id(), "2.0",
                new Lifecycle(LocalDate.of(2020, 4, 1), null, LocalDate.of(2027, 3, 31), null));

        editor.post("/orgs/" + maker.id() + "/versions/" + version.id() + "/lifecycle",
                "releasedOn", "2020-04-01", "endOfSupport", "2028-03-31");
        String page = editor.get("/orgs/" + maker.id() + "/versions/" + version.id()).getContentAsString();

        assertThat(page).contains("ライフサイクルの変更履歴").contains("2027-03-31").contains("2028-03-31");
        assertThat(products.events(maker.id(), version.id())).extracting(LifecycleEvent::milestone)
                .containsExactly(Milestone.END_OF_SUPPORT, Milestone.END_OF_SUPPORT, Milestone.RELEASED);
        assertThat(products.events(maker.id(), version.id()).get(0).changedBy()).startsWith("Test ");
    }

    @Test
    void aSecondProductOfTheSameNameIsRefusedOnTheForm() throws Exception {
        products.add(maker.id(), "PACS Z");

        String form = editor.post("/orgs/" + maker.id() + "/products", "name", "ＰＡＣＳ Ｚ").getContentAsString();

        assertThat(form).contains("同じ名称の製品がすでにあります");
        assertThat(products.of(maker.id())).hasSize(1);
    }

    @Test
    void aPipelineRegistersTheVersionItBuiltAndIsToldWhenItExists() throws Exception {
        Product product = products.add(maker.id(), "Gateway");
        String token = tokens.issue(maker.id(), fixtures.member(maker, OrgRole.ORG_ADMIN).id(), "CI",
                OrgRole.EDITOR, Duration.ofDays(1)).secret();
        MockHttpServletRequestBuilder register = MockMvcRequestBuilders.post("/api/v1/organisations/" + maker.id()
                        + "/products/" + product.id() + "/versions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": \"5.2.0\", \"releasedOn\": \"2026-06-01\"}")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);

        MockHttpServletResponse created = mvc.perform(register).andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(register).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"version\":\"5.2.0\"").contains("2026-06-01");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("このバージョンはすでに登録されています");
    }

    @Test
    void hospitalsHaveNoProductPages() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        WebSession nurse = new WebSession(mvc);
        nurse.signIn(fixtures.member(hospital, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);

        assertThat(nurse.get("/orgs/" + hospital.id() + "/products").getStatus()).isEqualTo(404);
        assertThat(nurse.get("/orgs/" + hospital.id() + "/versions/" + UUID.randomUUID()).getStatus())
                .isEqualTo(404);
    }
}
