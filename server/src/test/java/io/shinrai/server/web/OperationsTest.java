package io.shinrai.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What operators and API users reach without signing in. */
@ShinraiTest
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void healthIsUpIncludingTheDatabase() throws Exception {
        var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"");
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        String description = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse()
                .getContentAsString();
        assertThat(description).contains("\"openapi\"")
                .contains("/api/v1/organisations/{orgId}/members")
                .contains("/api/v1/me")
                .doesNotContain("\"/orgs/{orgId}\"");
    }

    @Test
    void metricsAreForPlatformAdminsOnly() throws Exception {
        WebSession anonymous = new WebSession(mvc);
        assertThat(anonymous.get("/actuator/prometheus").getStatus()).isEqualTo(302);

        UserAccount admin = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(admin);
        WebSession platformAdmin = new WebSession(mvc);
        platformAdmin.signIn(admin.email(), Fixtures.PASSWORD);
        platformAdmin.post("/login/two-factor", "code", fixtures.currentCode(secret));
        var metrics = platformAdmin.get("/actuator/prometheus", MediaType.TEXT_PLAIN);
        assertThat(metrics.getStatus()).isEqualTo(200);
        assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
    }
}
