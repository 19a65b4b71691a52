package io.shinrai.server.demo;

import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.psirt.ReportState;
import io.shinrai.server.psirt.Submission;
import io.shinrai.server.psirt.VulnerabilityReports;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.securityadvisory.AdvisoryDraft;
import io.shinrai.server.securityadvisory.SecurityAdvisories;
import io.shinrai.server.securityadvisory.SecurityAdvisory;
import io.shinrai.server.securityadvisory.VersionStatement;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo manufacturer's image server: versions 4.1 (which the demo hospital runs, with its SBOM) and 4.2, a
 * vulnerability report a researcher sent about 4.1, and the security advisory the PSIRT published from it, so that
 * the hospital's 脆弱性・サポート終了 page and its activity feed have something to show.
 */
@Component
@ConditionalOnProperty(name = "shinrai.demo.enabled", havingValue = "true")
class DemoProductLine {

    static final String PRODUCT = "さくら画像サーバ SX";
    static final String INSTALLED = "4.1";

    private final Products products;
    private final Sboms sboms;
    private final VulnerabilityReports reports;
    private final SecurityAdvisories advisories;

    DemoProductLine(Products products, Sboms sboms, VulnerabilityReports reports, SecurityAdvisories advisories) {
        this.products = products;
        this.sboms = sboms;
        this.reports = reports;
        this.advisories = advisories;
    }

    void load(Organisation manufacturer) {
        UUID product = products.add(manufacturer.id(), PRODUCT).id();
        ProductVersion installed = products.addVersion(manufacturer.id(), product, INSTALLED,
                new Lifecycle(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2029, 3, 31), null));
        ProductVersion fixed = products.addVersion(manufacturer.id(), product, "4.2",
                new Lifecycle(LocalDate.of(2026, 4, 1), null, null, null));
        try (InputStream sbom = getClass().getResourceAsStream("/demo/sakura-sx-4.1.cdx.json")) {
            sboms.importFile(manufacturer.id(), installed.id(), "sakura-sx-4.1.cdx.json", sbom);
        } catch (IOException | InvalidSbomException shippedWithTheServer) {
            throw new IllegalStateException("the demo SBOM cannot be read", shippedWithTheServer);
        }
        VulnerabilityReports.Receipt report = reports.receive(manufacturer.id(), new Submission(
                "検査依頼の取り込みでのデシリアライズ", PRODUCT + " " + INSTALLED,
                "細工した検査依頼（JSON）を DICOM 取り込み口に送ると、同梱の jackson-databind を通じて任意のコードが"
                        + "実行されます。再現手順と概念実証のコードをお送りします。",
                "中村 研究員", "nakamura@security-lab.example", ""), List.of());
        reports.assess(manufacturer.id(), report.report().id(), new VulnerabilityReports.Assessment("",
                "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", List.of(installed.id()), "", null));
        reports.move(manufacturer.id(), report.report().id(), ReportState.CONFIRMED,
                "再現を確認しました。修正版 4.2 を準備します。", null);
        SecurityAdvisory advisory = advisories.create(manufacturer.id(), report.report().id());
        advisories.update(manufacturer.id(), advisory.id(), new AdvisoryDraft(CsafAdvisory.Category.SECURITY_ADVISORY,
                PRODUCT + " 4.1 における検査依頼の取り込みの脆弱性",
                "細工した検査依頼を院内ネットワークから送られると、画像サーバ上で任意のコードが実行されるおそれがあります。"
                        + "原因は同梱の jackson-databind 2.9.8 です。",
                "", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "",
                "pkg:maven/com.fasterxml.jackson.core/jackson-databind", CsafAdvisory.Tlp.WHITE, VexResponse.UPDATE,
                "バージョン 4.2 に更新してください。更新までの間は、DICOM 取り込み口への接続を院内のモダリティに限ってください。",
                "", List.of(new VersionStatement(installed.id(), VexState.EXPLOITABLE, null),
                        new VersionStatement(fixed.id(), VexState.RESOLVED, null))));
        advisories.publish(manufacturer.id(), advisory.id(), "初版");
    }
}
