package io.shinrai.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The platform admin imports advisory data; importing the same data again changes nothing, a bad archive neither. */
@ShinraiTest
@AutoConfigureMockMvc
class AdvisoryImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    WebSession admin;
    /** The advisories' ids start with it, so that no other test's advisories are counted. */
    String prefix;

    @BeforeEach
    void aPlatformAdmin() throws Exception {
        UserAccount account = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(account);
        admin = new WebSession(mvc);
        admin.signIn(account.email(), Fixtures.PASSWORD);
        admin.post("/login/two-factor", "code", fixtures.currentCode(secret));
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void importingTheSameArchiveAgainChangesNothingAndANewerRevisionReplacesTheOld() throws Exception {
        byte[] archive = zip(osv("jackson-databind.osv.json"), osv("log4j.osv.json"));

        String first = upload(archive, "osv-maven.zip");
        String again = upload(archive, "osv-maven.zip");
        String revised = upload(zip(osv("log4j-revised.osv.json")), "osv-update.zip");

        assertThat(first).contains("追加 2 件、更新 0 件、変更なし 0 件");
        assertThat(again).contains("追加 0 件、更新 0 件、変更なし 2 件");
        assertThat(revised).contains("追加 0 件、更新 1 件、変更なし 0 件");
        assertThat(revised).contains("取り込み履歴").contains("osv-update.zip").contains("OSV Maven");
        assertThat(jdbc.sql("select summary from advisory where id = :id").param("id", prefix + "0002")
                .query(String.class).single()).contains("fix incomplete");
    }

    @Test
    void anArchiveDamagedAfterItsFirstAdvisoryLeavesNothingBehind() throws Exception {
        byte[] archive = zip(osv("jackson-databind.osv.json"), osv("log4j.osv.json"));
        byte[] damaged = Arrays.copyOf(archive, archive.length * 2 / 3);

        String page = upload(damaged, "cut.zip");

        assertThat(page).contains("何も変更していません").contains("アーカイブが壊れているため読み込めません");
        assertThat(jdbc.sql("select count(*) from advisory where id like :prefix").param("prefix", prefix + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aManufacturersCsafAdvisoryIsImportedOneAdvisoryPerVulnerability() throws Exception {
        String csaf;
        try (var in = getClass().getResourceAsStream("/vuln/csaf/example-sa-2026-0007.json")) {
            csaf = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("EMS-SA-2026-0007",
                    prefix + "EMS-SA");
        }

        admin.uploadWith("/platform/advisories", new MockMultipartFile("file", "ems-sa.json", "application/json",
                csaf.getBytes(StandardCharsets.UTF_8)), "format", "CSAF", "source", "EMS PSIRT");
        String page = admin.get("/platform/advisories").getContentAsString();

        assertThat(page).contains("EMS PSIRT", "CSAF 2.0", "ems-sa.json");
        assertThat(jdbc.sql("select id from advisory where id like :prefix").param("prefix", prefix + "%")
                .query(String.class).list()).contains(prefix + "EMS-SA/CVE-2021-44228");
    }

    @Test
    void aJvnEntryInMyJvnJsonIsImportedUnderItsJvndbId() throws Exception {
        String entry;
        try (var in = getClass().getResourceAsStream("/vuln/jvn/myjvn-jvncsaf-fixture.json")) {
            entry = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("JVNDB-2026-004711",
                    prefix + "JVNDB");
        }

        admin.uploadWith("/platform/advisories", new MockMultipartFile("file", "jvndb.json", "application/json",
                entry.getBytes(StandardCharsets.UTF_8)), "format", "JVN_JSON", "source", "JVN iPedia");
        String page = admin.get("/platform/advisories").getContentAsString();

        assertThat(page).contains("JVN iPedia", "JVN MyJVN API JSON", "jvndb.json", "追加 1 件");
        assertThat(jdbc.sql("select summary from advisory where id = :id").param("id", prefix + "JVNDB")
                .query(String.class).single()).isEqualTo("ImageLink Viewer における認証回避の脆弱性");
    }

    private String upload(byte[] content, String name) throws Exception {
        admin.uploadWith("/platform/advisories", new MockMultipartFile("file", name, "application/zip", content),
                "format", "OSV", "source", "OSV Maven");
        return admin.get("/platform/advisories").getContentAsString();
    }

    private byte[] osv(String name) throws Exception {
        String json = Files.readString(AdvisoryBodyTest.resource(name));
        return json.replace("TEST-2026-", prefix).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(byte[]... files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < files.length; i++) {
                zip.putNextEntry(new ZipEntry("advisory-" + i + ".json"));
                zip.write(files[i]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
