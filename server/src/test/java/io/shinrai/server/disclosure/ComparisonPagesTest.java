package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hospital's information-systems staff compare the answers of three PACS vendors on the vendor checklist: one
 * vendor said いいえ to restricting USB media, the other two はい.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ComparisonPagesTest {

    private static final String USB_ITEM = "2-⑩";
    private static final String USB_REMARKS = "=USBメモリ等の外部記録媒体の接続制限は、次期バージョン（2026年4月リリース予定）で"
            + "管理画面から設定できるようにします。それまでは納入時にOSのポリシーで無効にし、保守で使う場合は医療機関の立会いのもとで"
            + "一時的に許可します。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    CatalogueLibrary catalogues;

    Organisation hospital;
    WebSession staff;
    List<Organisation> vendors = new ArrayList<>();
    List<StoredDisclosure> received = new ArrayList<>();

    @BeforeEach
    void threeVendorsShareTheirChecklistWithTheHospital() throws Exception {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        staff = new WebSession(mvc);
        staff.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        for (String product : List.of("PACS-A", "PACS-B", "PACS-C")) {
            Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
            StoredDisclosure published = fixtures.publishedDisclosure(vendor, product, "1.0");
            if (product.equals("PACS-B")) {
                published = withUsbNotRestricted(vendor, published);
            }
            sharing.share(vendor.id(), published.id(), hospital.id());
            vendors.add(vendor);
            received.add(published);
        }
    }

    @Test
    void theReceivedListOffersToCompare() throws Exception {
        String list = staff.get("/orgs/" + hospital.id() + "/received").getContentAsString();

        assertThat(list).contains("action=\"/orgs/" + hospital.id() + "/compare\"", "比較する")
                .contains("name=\"d\" value=\"" + received.get(0).id() + "\"");
    }

    @Test
    void theHospitalSeesTheVendorsSideBySideWithTheDifferingRowMarked() throws Exception {
        MockHttpServletResponse page = staff.get(comparePath(received));

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains(vendors.get(0).name(), vendors.get(1).name(), vendors.get(2).name())
                .contains("PACS-A 1.0", "PACS-B 1.0", "第2版");
        String usbRow = rowOf(html, USB_ITEM);
        assertThat(usbRow).contains("class=\"differs\"", "相違", "いいえ", "ギャップ", "class=\"gap\"")
                .contains("<summary>");
        assertThat(rowOf(html, "1-①")).doesNotContain("differs", "ギャップ");
        assertThat(html).contains("回答が異なる項目のみ（1）", "ギャップのある項目のみ（1）");
    }

    @Test
    void onlyDifferencesHidesTheRowsWhereEveryoneAnsweredTheSame() throws Exception {
        String html = staff.get(comparePath(received) + "&show=differences").getContentAsString();

        assertThat(html).contains("<code>" + USB_ITEM + "</code>").doesNotContain("<code>1-①</code>")
                .contains("aria-current=\"page\"");
        assertThat(staff.get(comparePath(received) + "&show=gaps").getContentAsString())
                .contains("<code>" + USB_ITEM + "</code>").doesNotContain("<code>2-①</code>");
    }

    @Test
    void theComparisonReadsInEnglish() throws Exception {
        String html = staff.get(comparePath(received) + "&lang=en").getContentAsString();

        assertThat(html).contains("Comparison of disclosures", "Only where answers differ (1)", "Differs", "No");
    }

    @Test
    void aDisclosureNotSharedWithTheHospitalIsNotFound() throws Exception {
        Organisation stranger = fixtures.organisation(OrganisationKind.MANUFACTURER);
        StoredDisclosure notShared = fixtures.publishedDisclosure(stranger, "PACS-X", "9.0");
        sharing.revoke(vendors.get(2).id(), received.get(2).id(), hospital.id());

        assertThat(staff.get(comparePath(List.of(received.get(0), notShared))).getStatus()).isEqualTo(404);
        assertThat(staff.get(comparePath(List.of(received.get(0), received.get(2)))).getStatus()).isEqualTo(404);
        assertThat(staff.get(comparePath(List.of(received.get(0), notShared)).replace("/compare?", "/compare/export?"))
                .getStatus()).isEqualTo(404);
    }

    @Test
    void disclosuresOfDifferentCataloguesAreNotComparedAndEachCatalogueIsOffered() throws Exception {
        StoredDisclosure mdsOne = ownDraft("jahis-mds", "5.0", "CT-1");
        StoredDisclosure mdsTwo = ownDraft("jahis-mds", "5.0", "CT-2");
        StoredDisclosure checklist = ownDraft("mhlw-vendor-checklist", "2025", "院内PACS");

        assertThat(staff.get("/orgs/" + hospital.id() + "/disclosures").getContentAsString())
                .contains("action=\"/orgs/" + hospital.id() + "/compare\"", "name=\"d\" value=\"" + mdsOne.id() + "\"");
        MockHttpServletResponse page = staff.get(comparePath(List.of(mdsOne, checklist, mdsTwo)));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("チェックリスト（種類または版）が異なるため")
                .contains("製造業者による医療情報セキュリティ開示書（MDS） 5.0")
                .contains("この2件を比較する")
                .contains(comparePath(List.of(mdsOne, mdsTwo)).replace("&", "&amp;"))
                .contains("同じチェックリストの開示書をもう1件以上選んでください");
    }

    @Test
    void oneDisclosureIsTooFewToCompare() throws Exception {
        MockHttpServletResponse page = staff.get(comparePath(received.subList(0, 1)));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("比較する開示書を2〜6件選んでください。");
    }

    @Test
    void theWorkbookShowsTheGridWithTheDifferenceAndTheGapFilled() throws Exception {
        MockHttpServletResponse download = staff.get(comparePath(received).replace("/compare?", "/compare/export?"));

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).contains("comparison-mhlw-vendor-checklist-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("比較");
            Row header = rowOf(sheet, "項番");
            assertThat(text(header.getCell(2))).startsWith(vendors.get(0).name()).contains("PACS-A 1.0");
            assertThat(text(header.getCell(3))).startsWith(vendors.get(1).name()).contains("第2版");
            assertThat(text(header.getCell(4))).startsWith(vendors.get(2).name());

            Row usb = rowOf(sheet, USB_ITEM);
            assertThat(fill(usb.getCell(0))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(fill(usb.getCell(2))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(fill(usb.getCell(3))).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(text(usb.getCell(2))).isEqualTo("はい");
            assertThat(text(usb.getCell(3))).isEqualTo("いいえ\n備考：" + USB_REMARKS);
            assertThat(usb.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            Row same = rowOf(sheet, "1-①");
            assertThat(same.getCell(2).getCellStyle().getFillPattern().getCode()).isZero();
            assertThat(text(rowOf(sheet, "いいえ").getCell(3))).isEqualTo("1");

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header.getRowNum() + 1));
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header.getRowNum());
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void theWorkbookHoldsOnlyTheDifferencesWhenThePageShowsOnlyThose() throws Exception {
        MockHttpServletResponse download = staff.get(comparePath(received)
                .replace("/compare?", "/compare/export?") + "&show=differences&lang=en");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Comparison");
            assertThat(rowOf(sheet, USB_ITEM)).isNotNull();
            assertThat(rowOf(sheet, "1-①")).isNull();
        }
    }

    private StoredDisclosure withUsbNotRestricted(Organisation vendor, StoredDisclosure published) {
        StoredDisclosure revision = disclosures.revise(vendor.id(), published.id());
        disclosures.edit(vendor.id(), revision.id(), new Disclosures.Edit(
                Map.of(USB_ITEM, ItemAnswer.of(Answer.NO, USB_REMARKS)), null, null));
        assertThat(disclosures.publish(vendor.id(), revision.id())).isEmpty();
        return disclosures.get(vendor.id(), revision.id());
    }

    private StoredDisclosure ownDraft(String catalogueId, String version, String product) {
        return disclosures.start(hospital.id(), catalogues.find(catalogueId, version).orElseThrow(),
                new BasicInformation(null, "さくら医療機器", product, "1.0"));
    }

    private String comparePath(List<StoredDisclosure> chosen) {
        return "/orgs/" + hospital.id() + "/compare?" + String.join("&",
                chosen.stream().map(stored -> "d=" + stored.id()).toList());
    }

    /** The HTML of the table row of an item. */
    private static String rowOf(String html, String ref) {
        Matcher row = Pattern.compile("<tr[^>]*>\\s*<td class=\"ref\">\\s*<code>" + Pattern.quote(ref)
                + "</code>.*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("row of " + ref).isTrue();
        return row.group();
    }

    private static Row rowOf(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(text(row.getCell(0))) || first.equals(text(row.getCell(1)))) {
                return row;
            }
        }
        return null;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }
}
