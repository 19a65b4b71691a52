package io.shinrai.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Advisory data from elsewhere than an upload: a folder on the server for offline installations, which the
 * platform admin imports, and sources downloaded on a schedule where the server may reach them.
 */
@ShinraiTest
@AutoConfigureMockMvc
class AdvisorySourcesTest {

    private static final Path FOLDER = folder();
    /** The ids of the downloaded advisories start with it. */
    private static final String PREFIX = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    /** Serves one zip of OSV advisories, as the OSV database serves an ecosystem. */
    private static final HttpServer SOURCE = source();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AdvisoryDownloads downloads;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void theServersAdvisoryFolder(DynamicPropertyRegistry registry) {
        registry.add("shinrai.advisories.folder", FOLDER::toString);
        registry.add("shinrai.advisories.downloads", () -> "osv=http://127.0.0.1:" + SOURCE.getAddress().getPort()
                + "/Maven/all.zip");
    }

    @AfterAll
    static void stopTheSource() {
        SOURCE.stop(0);
    }

    @Test
    void aConfiguredSourceIsDownloadedAndImportedOnlyForWhatIsNewer() {
        AdvisoryImport first = downloads.downloadAll().get(0);
        AdvisoryImport again = downloads.downloadAll().get(0);

        assertThat(first.source()).isEqualTo("OSV 127.0.0.1/Maven");
        assertThat(first.added()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from advisory where id like :prefix").param("prefix", PREFIX + "%")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void everyArchiveAndFileOfTheFolderIsASourceOfItsOwn() throws Exception {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Files.createDirectories(FOLDER.resolve("osv"));
        Files.write(FOLDER.resolve("osv/maven.zip"), AdvisoryImportTest.zip(
                osv("jackson-databind.osv.json", prefix), osv("log4j.osv.json", prefix)));
        Files.createDirectories(FOLDER.resolve("nvd"));
        Files.copy(AdvisoryBodyTest.resource("openjpeg.nvd.json"), FOLDER.resolve("nvd/recent.json"));
        UserAccount account = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(account);
        WebSession admin = new WebSession(mvc);
        admin.signIn(account.email(), Fixtures.PASSWORD);
        admin.post("/login/two-factor", "code", fixtures.currentCode(secret));

        String page = admin.submit("/platform/advisories/folder").getContentAsString();

        assertThat(page).contains("フォルダの 2 件を取り込みました").contains("OSV maven").contains("NVD recent")
                .contains("maven.zip").contains("recent.json");
    }

    private static byte[] osv(String name, String prefix) throws Exception {
        return Files.readString(AdvisoryBodyTest.resource(name)).replace("TEST-2026-", prefix)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static HttpServer source() {
        try {
            byte[] archive = AdvisoryImportTest.zip(osv("jackson-databind.osv.json", PREFIX),
                    osv("log4j.osv.json", PREFIX));
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/Maven/all.zip", exchange -> {
                exchange.sendResponseHeaders(200, archive.length);
                exchange.getResponseBody().write(archive);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("advisory-folder");
        } catch (IOException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
