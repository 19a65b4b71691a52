package io.shinrai.server.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.relay.EchoServer;
import io.shinrai.relay.RelayClient;
import io.shinrai.relay.RelayRefusedException;
import io.shinrai.relay.LineClient;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.tls.RecentHandshakes;
import io.shinrai.server.tls.ServerCertificate;
import java.io.IOException;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole workflow with the relay on a free loopback port in front of an echo server: a vendor's engineer asks,
 * the hospital decides, the engineer takes a token and connects; what the relay refuses or cuts, and what the
 * hospital sees and the audit trail keeps.
 */
@ShinraiTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "shinrai.maintenance.relay-port=0")
class MaintenanceRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern TOKEN = Pattern.compile("data-testid=\"relay-token\">([A-Za-z0-9_-]+)<");
    private static final Pattern WINDOW = Pattern.compile("/maintenance/([0-9a-f-]{36})$");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;
    @Autowired
    MaintenanceRelay relay;
    @Autowired
    ServerCertificate certificate;
    @Autowired
    RecentHandshakes handshakes;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private EchoServer echo;
    private Organisation hospital;
    private Organisation vendor;
    private UUID systemId;
    private WebSession engineer;
    private WebSession hospitalStaff;
    private TlsContext tls;

    @BeforeEach
    void setUp() throws Exception {
        echo = new EchoServer();
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        systemId = inventory.add(hospital.id(), new LedgerEntry("CT 撮影装置", SystemCategory.MODALITY, vendor.name(),
                "CT-9000", "3.1", "放射線科", null, null, true, "SSH", null, null)).id();
        engineer = signedInWithTwoFactors(fixtures.member(vendor, OrgRole.EDITOR));
        hospitalStaff = signedInWithTwoFactors(fixtures.member(hospital, OrgRole.EDITOR));
        List<X509Certificate> chain = certificate.identity().chain();
        tls = TlsContext.client(List.of(chain.get(chain.size() - 1)), TlsPolicy.HYBRID);
    }

    @AfterEach
    void tearDown() throws IOException {
        echo.close();
    }

    @Test
    void anApprovedWindowRelaysToItsTargetOnceAndLandsOnTheAuditTrail() throws Exception {
        UUID window = request(false, Duration.ofHours(1));
        assertThat(hospitalStaff.get(maintenance()).getContentAsString()).contains("CT 撮影装置", "承認待ち");
        assertThat(issueToken(window)).isNull();

        hospitalStaff.post(maintenance() + "/" + window + "/decision", "approve", "true");
        String token = issueToken(window);

        try (SSLSocket socket = RelayClient.open(tls, "localhost", relay.port().orElseThrow(), token)) {
            assertThat(LineClient.roundTrip(socket, "show version", WAIT)).isEqualTo("show version");
            assertThat(hospitalStaff.get(maintenance() + "/" + window).getContentAsString()).contains("接続中");
        }
        assertThat(refusal(token)).isEqualTo("used");

        String page = waitFor(() -> hospitalStaff.get(maintenance() + "/" + window).getContentAsString(),
                text -> text.contains("正常終了"));
        assertThat(page).contains("13 / 13 バイト", "127.0.0.1:");
        assertThat(handshakes.newestFirst()).anyMatch(handshake ->
                handshake.listener().equals(MaintenanceRelay.TLS_LISTENER));
        List<String> alerts = waitFor(() -> jdbc.sql("""
                        select event_types from audit_record
                        where organisation_id = :hospital and event_id = '110113' and validity = 'VALID'
                        order by sequence""")
                .param("hospital", hospital.id()).query(String.class).list(), found -> found.size() == 2);
        assertThat(alerts.get(0)).contains("110139");
        assertThat(alerts.get(1)).contains("110140");
    }

    @Test
    void tokensThatExpiredOrWhoseWindowIsNotOpenAreRefused() throws Exception {
        UUID window = request(false, Duration.ofHours(1));
        hospitalStaff.post(maintenance() + "/" + window + "/decision", "approve", "true");
        String expired = issueToken(window);

        clock.advance(Duration.ofMinutes(11));

        assertThat(refusal(expired)).isEqualTo("expired");
        assertThat(refusal("never-issued-by-anyone-0000")).isEqualTo("unknown-token");

        UUID later = request(false, Duration.ofHours(2), Duration.ofHours(1));
        hospitalStaff.post(maintenance() + "/" + later + "/decision", "approve", "true");
        assertThat(refusal(issueToken(later))).isEqualTo("not-yet-open");
    }

    @Test
    void anEmergencyWindowConnectsBeforeApprovalAndTheHospitalsStopCutsIt() throws Exception {
        UUID window = request(true, Duration.ofHours(1));
        String token = issueToken(window);
        assertThat(hospitalStaff.get(maintenance() + "/" + window).getContentAsString()).contains("事後確認");

        try (SSLSocket socket = RelayClient.open(tls, "localhost", relay.port().orElseThrow(), token)) {
            assertThat(LineClient.roundTrip(socket, "before the stop", WAIT)).isEqualTo("before the stop");
            assertThat(hospitalStaff.get(maintenance()).getContentAsString())
                    .contains("接続中 1 件", "/maintenance/" + window + "/stop");

            hospitalStaff.post(maintenance() + "/" + window + "/stop");

            assertThat(LineClient.readsToTheEnd(socket, WAIT)).isTrue();
        }
        assertThat(waitFor(() -> hospitalStaff.get(maintenance() + "/" + window).getContentAsString(),
                text -> text.contains("緊急停止で切断"))).contains("停止済み");
        assertThat(issueToken(window)).isNull();
    }

    @Test
    void theEndOfTheWindowCutsALiveConnection() throws Exception {
        UUID window = request(false, Duration.ofMinutes(30));
        hospitalStaff.post(maintenance() + "/" + window + "/decision", "approve", "true");
        try (SSLSocket socket = RelayClient.open(tls, "localhost", relay.port().orElseThrow(), issueToken(window))) {
            assertThat(LineClient.roundTrip(socket, "working", WAIT)).isEqualTo("working");

            clock.advance(Duration.ofMinutes(31));

            assertThat(LineClient.readsToTheEnd(socket, WAIT)).isTrue();
        }
        assertThat(waitFor(() -> hospitalStaff.get(maintenance() + "/" + window).getContentAsString(),
                text -> text.contains("時間帯の終了で切断"))).isNotEmpty();
    }

    @Test
    void withoutTwoFactorSignInNeitherSideCanOpenAWay() throws Exception {
        UUID window = request(false, Duration.ofHours(1));
        WebSession passwordOnlyEngineer = signedInWithPassword(fixtures.member(vendor, OrgRole.EDITOR));
        WebSession passwordOnlyStaff = signedInWithPassword(fixtures.member(hospital, OrgRole.EDITOR));

        MockHttpServletResponse decision = passwordOnlyStaff.post(maintenance() + "/" + window + "/decision",
                "approve", "true");
        assertThat(decision.getStatus()).isEqualTo(403);
        assertThat(decision.getContentAsString()).contains("二要素認証でのログインが必要です");
        hospitalStaff.post(maintenance() + "/" + window + "/decision", "approve", "true");
        assertThat(passwordOnlyEngineer.post("/orgs/" + vendor.id() + "/maintenance/" + window + "/tokens")
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aTerminalInARestrictedEntryRoomCountsAsTheSecondFactorForTheHospital() throws Exception {
        UUID window = request(false, Duration.ofHours(1));
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        WebSession adminWithTwoFactors = signedInWithTwoFactors(admin);
        adminWithTwoFactors.post(maintenance() + "/terminals", "address", "127.0.0.1", "room", "放射線管理区域 操作室");
        WebSession atTheTerminal = signedInWithPassword(fixtures.member(hospital, OrgRole.EDITOR));

        assertThat(atTheTerminal.submit(maintenance() + "/" + window + "/decision", "approve", "true")
                .getContentAsString()).contains("承認しました。");
    }

    @Test
    void aVendorCannotAskForASystemItDoesNotMaintain() throws Exception {
        Organisation otherVendor = fixtures.organisation(OrganisationKind.SERVICE_PROVIDER);
        WebSession otherEngineer = signedInWithTwoFactors(fixtures.member(otherVendor, OrgRole.EDITOR));

        MockHttpServletResponse refused = otherEngineer.post("/orgs/" + otherVendor.id() + "/maintenance",
                form(false, Duration.ZERO, Duration.ofHours(1)));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("貴社のリモート保守の対象ではありません");
        assertThat(hospitalStaff.get(maintenance()).getContentAsString()).doesNotContain("承認待ち");
    }

    private String maintenance() {
        return "/orgs/" + hospital.id() + "/maintenance";
    }

    private UUID request(boolean emergency, Duration length) throws Exception {
        return request(emergency, Duration.ZERO, length);
    }

    private UUID request(boolean emergency, Duration startIn, Duration length) throws Exception {
        String redirect = engineer.post("/orgs/" + vendor.id() + "/maintenance", form(emergency, startIn, length))
                .getRedirectedUrl();
        assertThat(redirect).as("request accepted").isNotNull();
        Matcher id = WINDOW.matcher(redirect);
        assertThat(id.find()).isTrue();
        return UUID.fromString(id.group(1));
    }

    private String[] form(boolean emergency, Duration startIn, Duration length) {
        // the form takes minutes in Japan time; the window opens at the start of the current minute
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(startIn), ActivityLog.DISPLAY_ZONE)
                .truncatedTo(ChronoUnit.MINUTES);
        return new String[] {"systemId", systemId.toString(), "purpose", "ソフトウェア更新", "startsAt",
                start.toString(), "endsAt", start.plus(length).toString(), "targetHost", "127.0.0.1",
                "targetPort", String.valueOf(echo.port()), "method", "SSH", "emergency", String.valueOf(emergency)};
    }

    /** The token shown to the engineer, or null when none was issued. */
    private String issueToken(UUID window) throws Exception {
        Matcher token = TOKEN.matcher(engineer.post("/orgs/" + vendor.id() + "/maintenance/" + window + "/tokens")
                .getContentAsString());
        return token.find() ? token.group(1) : null;
    }

    private String refusal(String token) {
        try (Socket ignored = RelayClient.open(tls, "localhost", relay.port().orElseThrow(), token)) {
            return "let through";
        } catch (RelayRefusedException refused) {
            return refused.reason();
        } catch (IOException broken) {
            return broken.toString();
        }
    }

    private WebSession signedInWithTwoFactors(UserAccount user) throws Exception {
        byte[] secret = fixtures.enrolTotp(user);
        WebSession session = new WebSession(mvc);
        assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/login/two-factor");
        assertThat(session.post("/login/two-factor", "code", fixtures.currentCode(secret)).getRedirectedUrl())
                .isEqualTo("/");
        return session;
    }

    private WebSession signedInWithPassword(UserAccount user) throws Exception {
        WebSession session = new WebSession(mvc);
        assertThat(session.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
        return session;
    }


    interface Attempt<T> {
        T get() throws Exception;
    }

    /** The relay reports on its own threads: asks again until the answer is there or the wait is over. */
    private static <T> T waitFor(Attempt<T> attempt, java.util.function.Predicate<T> done) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        T value = attempt.get();
        while (!done.test(value) && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            value = attempt.get();
        }
        assertThat(done.test(value)).as("reached within " + WAIT + ": " + value).isTrue();
        return value;
    }
}
