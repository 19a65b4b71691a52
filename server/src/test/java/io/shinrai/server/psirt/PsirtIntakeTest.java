package io.shinrai.server.psirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Someone without an account reports a vulnerability to a manufacturer, with files, and follows it by the address
 * they were given; spam, floods and unfit files are refused without a trace and without a word about other reports.
 */
@ShinraiTest
@AutoConfigureMockMvc
class PsirtIntakeTest {

    private static final Pattern TRACKING = Pattern.compile("/psirt/track/([A-Za-z0-9_-]{43})");
    private static final String DESCRIPTION = "管理画面のログインで SQL インジェクションが可能です。ユーザー名に細工した文字列を入れると認証を回避できます。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    Organisation vendor;
    WebSession team;

    @BeforeEach
    void aManufacturerWhoseTeamReadsReports() throws Exception {
        // the intake counts reports per address over an hour; every test starts with that hour behind it
        clock.advance(Duration.ofHours(2));
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        team = new WebSession(mvc);
        team.signIn(fixtures.member(vendor, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
    }

    @Test
    void aReporterWithoutAnAccountSendsFilesAndFollowsTheReport() throws Exception {
        MockHttpServletResponse form = new WebSession(mvc).get("/psirt/" + vendor.id() + "/report");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("脆弱性の報告", vendor.name(), "アカウントは不要です");

        MockHttpServletResponse received = send("198.51.100.7", "SQL injection in the admin login",
                new MockMultipartFile("files", "poc.txt", "text/plain", "curl -d \"user=' OR 1=1 --\"".getBytes(
                        StandardCharsets.UTF_8)));

        assertThat(received.getStatus()).isEqualTo(200);
        assertThat(received.getContentAsString()).contains("報告を受け付けました", "受付番号 VR-0001",
                "一度しか表示されません");
        String tracking = trackingPath(received);
        MockHttpServletResponse status = new WebSession(mvc).get(tracking);
        assertThat(status.getContentAsString()).contains("VR-0001", vendor.name(), "SQL injection in the admin login",
                "受付");
        assertThat(status.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(status.getHeader("Referrer-Policy")).isEqualTo("no-referrer");

        assertThat(team.get("/orgs/" + vendor.id() + "/psirt").getContentAsString())
                .contains("VR-0001", "SQL injection in the admin login", "/psirt/" + vendor.id() + "/report");
        String reportId = jdbc.sql("select id from vulnerability_report where organisation_id = :org")
                .param("org", vendor.id()).query(String.class).single();
        assertThat(team.get("/orgs/" + vendor.id() + "/psirt/" + reportId).getContentAsString())
                .contains(DESCRIPTION, "poc.txt", "匿名");
    }

    @Test
    void aTrackingAddressOpensItsOwnReportOnly() throws Exception {
        String first = trackingPath(send("198.51.100.8", "XSS in the viewer"));
        trackingPath(send("198.51.100.9", "Hard-coded service password"));
        String token = first.substring(first.lastIndexOf('/') + 1);

        String page = new WebSession(mvc).get(first).getContentAsString();
        assertThat(page).contains("XSS in the viewer").doesNotContain("Hard-coded service password");
        String json = mvc.perform(MockMvcRequestBuilders.get("/api/v1/psirt/reports/" + token)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"title\":\"XSS in the viewer\"", "\"state\":\"new\"")
                .doesNotContain("Hard-coded", "description");

        MockHttpServletResponse guessed = new WebSession(mvc).get("/psirt/track/" + "A".repeat(43));
        assertThat(guessed.getStatus()).isEqualTo(404);
        assertThat(guessed.getContentAsString()).contains("このアドレスに対応するページはありません。");
    }

    @Test
    void trapFieldsAndFloodsAreRefusedAlikeAndLeaveNothing() throws Exception {
        MockHttpServletResponse trapped = mvc.perform(report("198.51.100.10", "Spam").param("website", "http://spam.example"))
                .andReturn().getResponse();
        assertThat(trapped.getStatus()).isEqualTo(429);
        assertThat(trapped.getContentAsString()).contains("現在、報告を受け付けられません。");
        assertThat(reportCount()).isZero();

        for (int i = 0; i < IntakeLimit.PER_ADDRESS; i++) {
            assertThat(send("198.51.100.11", "Report " + i).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse flooded = send("198.51.100.11", "One too many");
        assertThat(flooded.getStatus()).isEqualTo(429);
        assertThat(flooded.getContentAsString()).contains("現在、報告を受け付けられません。")
                .doesNotContain("Report 0", "VR-");
        assertThat(send("198.51.100.12", "From elsewhere").getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));
        assertThat(send("198.51.100.11", "An hour later").getStatus()).isEqualTo(200);
        assertThat(reportCount()).isEqualTo(IntakeLimit.PER_ADDRESS + 2);
    }

    @Test
    void filesThatAreTooLargeTooManyOrNotWhatTheyClaimLeaveNoReport() throws Exception {
        MockMultipartFile program = new MockMultipartFile("files", "exploit.pdf", "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        MockHttpServletResponse disguised = send("198.51.100.13", "Disguised", program);
        assertThat(disguised.getStatus()).isEqualTo(400);
        assertThat(disguised.getContentAsString()).contains("「exploit.pdf」は添付できない形式です。");

        MockMultipartFile large = new MockMultipartFile("files", "capture.txt", "text/plain",
                new byte[(int) VulnerabilityReports.LARGEST_FILE + 1]);
        assertThat(send("198.51.100.13", "Large", large).getContentAsString())
                .contains("5 MB を超えるファイルは添付できません。");

        MockMultipartFile note = new MockMultipartFile("files", "note.txt", "text/plain", "note".getBytes());
        assertThat(send("198.51.100.13", "Many", note, note, note, note).getContentAsString())
                .contains("添付できるファイルは 3 つまでです。");

        assertThat(reportCount()).isZero();
        assertThat(jdbc.sql("select count(*) from attachment where organisation_id = :org")
                .param("org", vendor.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void programsReportAsJsonAndGetProblemsInTheirLanguage() throws Exception {
        MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/api/v1/psirt/" + vendor.id() + "/reports")
                .with(remote("198.51.100.14")).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": "Weak TLS on the DICOM port", "product": "SMX 3.2",
                         "description": "The DICOM port accepts TLS 1.0 with RC4 cipher suites from any client.",
                         "reporterEmail": "researcher@example.org"}""")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).matches(".*/psirt/track/[A-Za-z0-9_-]{43}");
        assertThat(created.getContentAsString()).contains("\"reference\":\"VR-0001\"", "\"state\":\"new\"",
                "\"respondBy\"");

        MockHttpServletResponse invalid = mvc.perform(MockMvcRequestBuilders.post("/api/v1/psirt/" + vendor.id() + "/reports")
                .with(remote("198.51.100.14")).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content("{\"title\": \"Short\", \"product\": \"SMX\", \"description\": \"Too short\"}"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("Please write between 20 and 20,000 characters.");

        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        assertThat(new WebSession(mvc).get("/psirt/" + hospital.id() + "/report").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse send(String address, String title, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = report(address, title);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockMultipartHttpServletRequestBuilder report(String address, String title) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(
                "/psirt/" + vendor.id() + "/report");
        request.param("title", title).param("product", "SMX 画像サーバ 3.2").param("description", DESCRIPTION);
        request.with(csrf()).with(remote(address)).accept(MediaType.TEXT_HTML);
        return request;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String trackingPath(MockHttpServletResponse received) throws Exception {
        Matcher matcher = TRACKING.matcher(received.getContentAsString());
        assertThat(matcher.find()).as("a tracking address on the page").isTrue();
        return matcher.group();
    }

    private int reportCount() {
        return jdbc.sql("select count(*) from vulnerability_report where organisation_id = :org")
                .param("org", vendor.id()).query(Integer.class).single();
    }
}
