package io.shinrai.risk.excel;

import static io.shinrai.risk.excel.RiskWorkbookLayout.*;

import io.shinrai.disclosure.excel.TextCells;
import io.shinrai.risk.AcceptanceTier;
import io.shinrai.risk.Applicability;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.Control;
import io.shinrai.risk.HeatMap;
import io.shinrai.risk.IpaFormula;
import io.shinrai.risk.Level;
import io.shinrai.risk.Responsibility;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskMethod;
import io.shinrai.risk.RiskTerm;
import io.shinrai.risk.RowRisk;
import io.shinrai.risk.Scale;
import io.shinrai.risk.StatementOfApplicability;
import io.shinrai.risk.Treatment;
import io.shinrai.risk.excel.RiskSheetStyles.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an assessment as a workbook: the method and the names to choose from, the risk list with a dropdown in
 * every cell that takes a level or a name, the two heat maps in the tiers' colours, and the Statement of
 * Applicability. {@link RiskWorkbookReader} reads the risk list back.
 */
public final class RiskWorkbookWriter {

    private final AssessmentVocabulary vocabulary;

    public RiskWorkbookWriter(AssessmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public void write(Assessment assessment, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            RiskSheetStyles styles = new RiskSheetStyles(workbook);
            Lists lists = new MethodSheet(workbook.createSheet(METHOD_SHEET), styles, assessment).write();
            new RiskSheet(workbook.createSheet(RISK_SHEET), styles, assessment, lists).write();
            heatMap(workbook.createSheet(INHERENT_MAP_SHEET), styles, assessment, HeatMap.inherent(assessment),
                    "対策前");
            heatMap(workbook.createSheet(RESIDUAL_MAP_SHEET), styles, assessment, HeatMap.residual(assessment),
                    "対策後");
            statement(workbook.createSheet(SOA_SHEET), styles,
                    StatementOfApplicability.of(assessment, vocabulary.annexA()));
            workbook.setActiveSheet(workbook.getSheetIndex(RISK_SHEET));
            workbook.write(out);
        }
    }

    /** Where the names of assets, threats and vulnerabilities stand on the method sheet, for the dropdowns. */
    private record Lists(String assets, String threats, String vulnerabilities) {
    }

    private final class MethodSheet {

        private final XSSFSheet sheet;
        private final RiskSheetStyles styles;
        private final Assessment assessment;
        private int next;

        MethodSheet(XSSFSheet sheet, RiskSheetStyles styles, Assessment assessment) {
            this.sheet = sheet;
            this.styles = styles;
            this.assessment = assessment;
        }

        Lists write() {
            RiskMethod method = assessment.method();
            text(sheet.createRow(next++), 0, "リスク評価の方法と凡例", styles.of(Kind.TITLE));
            next++;
            pair(ASSESSMENT_ID, assessment.id());
            pair(VERSION, String.valueOf(assessment.version()));
            pair("名称", assessment.title().ja());
            pair("状態", assessment.state().label().ja());
            pair("サービス", assessment.service());
            pair("医療機関", assessment.hospital() == null ? "—（事業者のみで評価）" : assessment.hospital());
            pair("方法", method.title().ja() + "（" + method.id() + " 第" + method.version() + "版）");
            RiskCatalogue catalogue = assessment.catalogue();
            pair("カタログ", catalogue.title().ja() + "（" + catalogue.id() + " 第" + catalogue.version() + "版）");
            pair("計算式", method.formula() instanceof IpaFormula
                    ? "リスク値 = 資産の重要度（機密性・完全性・可用性の最大）× 発生可能性（脅威と脆弱性から下の表で決まる）"
                    : "リスク値 = 資産価値（機密性・完全性・可用性の最大）× 脅威 × 脆弱性");
            next++;
            for (Scale scale : List.of(method.confidentiality(), method.integrity(), method.availability(),
                    method.threat(), method.vulnerability())) {
                scale(scale);
            }
            if (method.formula() instanceof IpaFormula ipa) {
                scale(ipa.likelihood());
                table(ipa, method);
            }
            Row heading = sheet.createRow(next++);
            text(heading, 0, "判定", styles.of(Kind.HEADER));
            text(heading, 1, "リスク値", styles.of(Kind.HEADER));
            tier(AcceptanceTier.ACCEPT, "1〜" + method.acceptance().acceptUpTo());
            tier(AcceptanceTier.ACCEPT_UNDER_MANAGEMENT, (method.acceptance().acceptUpTo() + 1) + "〜"
                    + method.acceptance().manageUpTo());
            tier(AcceptanceTier.NOT_ACCEPTABLE, (method.acceptance().manageUpTo() + 1) + " 以上");
            next++;
            Lists lists = new Lists(terms("資産", assessment.catalogue().assets()),
                    terms("脅威", assessment.catalogue().threats()),
                    terms("脆弱性", assessment.catalogue().vulnerabilities()));
            sheet.setColumnWidth(0, 22 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            sheet.setColumnWidth(4, 14 * 256);
            sheet.setColumnWidth(5, 14 * 256);
            return lists;
        }

        private void pair(String label, String value) {
            Row row = sheet.createRow(next++);
            text(row, 0, label, styles.of(Kind.LABEL));
            written(row, 1, value, styles);
        }

        private void scale(Scale scale) {
            Row heading = sheet.createRow(next++);
            text(heading, 0, scale.name().ja(), styles.of(Kind.HEADER));
            text(heading, 1, "段階の説明", styles.of(Kind.HEADER));
            for (Level level : scale.levels()) {
                Row row = sheet.createRow(next++);
                number(row, 0, level.value(), styles.of(Kind.NUMBER));
                text(row, 1, level.label().ja(), styles.of(Kind.TEXT));
            }
            next++;
        }

        private void table(IpaFormula ipa, RiskMethod method) {
            Row heading = sheet.createRow(next++);
            text(heading, 0, "発生可能性の表", styles.of(Kind.HEADER));
            text(heading, 1, "脅威＼脆弱性", styles.of(Kind.HEADER));
            for (int v = 1; v <= method.vulnerability().top(); v++) {
                number(heading, 1 + v, v, styles.of(Kind.HEADER));
            }
            for (int t = 1; t <= method.threat().top(); t++) {
                Row row = sheet.createRow(next++);
                number(row, 1, t, styles.of(Kind.HEADER));
                for (int v = 1; v <= method.vulnerability().top(); v++) {
                    number(row, 1 + v, ipa.likelihood(t, v), styles.of(Kind.NUMBER));
                }
            }
            next++;
        }

        private void tier(AcceptanceTier tier, String range) {
            Row row = sheet.createRow(next++);
            text(row, 0, tier.label().ja(), styles.tier(tier));
            text(row, 1, range, styles.of(Kind.TEXT));
        }

        /** The names of one list, with a reference to their cells for the dropdowns of the risk list. */
        private String terms(String heading, List<RiskTerm> terms) {
            Row header = sheet.createRow(next++);
            text(header, 0, heading + "（ID）", styles.of(Kind.HEADER));
            text(header, 1, heading, styles.of(Kind.HEADER));
            int first = next;
            for (RiskTerm term : terms) {
                Row row = sheet.createRow(next++);
                text(row, 0, term.id(), styles.of(Kind.TEXT));
                text(row, 1, term.name().ja(), styles.of(Kind.TEXT));
            }
            next++;
            return "'" + METHOD_SHEET + "'!$B$" + (first + 1) + ":$B$" + (first + terms.size());
        }
    }

    private final class RiskSheet {

        private final XSSFSheet sheet;
        private final RiskSheetStyles styles;
        private final Assessment assessment;
        private final Lists lists;

        RiskSheet(XSSFSheet sheet, RiskSheetStyles styles, Assessment assessment, Lists lists) {
            this.sheet = sheet;
            this.styles = styles;
            this.assessment = assessment;
            this.lists = lists;
        }

        void write() {
            text(sheet.createRow(0), 0, "リスク一覧 — " + assessment.title().ja() + "（第" + assessment.version()
                    + "版）", styles.of(Kind.TITLE));
            Row header = sheet.createRow(HEADER_ROW);
            for (int column = 0; column < HEADERS.size(); column++) {
                text(header, column, HEADERS.get(column), styles.of(Kind.HEADER));
            }
            int index = FIRST_ROW;
            for (RowRisk risk : assessment.risks()) {
                row(sheet.createRow(index++), risk);
            }
            validations(Math.max(index, FIRST_ROW + 100) - 1);
            sheet.createFreezePane(1, FIRST_ROW);
            int[] widths = {8, 24, 7, 7, 7, 24, 24, 9, 9, 9, 12, 24, 9, 9, 9, 12, 10, 10, 18, 12};
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, widths[column] * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(index - 1,
                    HEADER_ROW), 0, HEADERS.size() - 1));
        }

        private void row(Row row, RowRisk risk) {
            var line = risk.row();
            CellStyle text = styles.of(Kind.TEXT);
            CellStyle number = styles.of(Kind.NUMBER);
            written(row, ID, line.id(), styles);
            text(row, ASSET, name(assessment.catalogue().asset(line.asset()).orElse(null), line.asset()), text);
            number(row, CONFIDENTIALITY, line.value().confidentiality(), number);
            number(row, INTEGRITY, line.value().integrity(), number);
            number(row, AVAILABILITY, line.value().availability(), number);
            text(row, THREAT, name(assessment.catalogue().threat(line.threat()).orElse(null), line.threat()), text);
            text(row, VULNERABILITY, name(assessment.catalogue().vulnerability(line.vulnerability()).orElse(null),
                    line.vulnerability()), text);
            number(row, INHERENT_THREAT, line.inherent().threat(), number);
            number(row, INHERENT_VULNERABILITY, line.inherent().vulnerability(), number);
            number(row, INHERENT_RISK, risk.inherent(), styles.tier(risk.inherentTier()));
            text(row, INHERENT_TIER, risk.inherentTier().label().ja(), styles.tier(risk.inherentTier()));
            text(row, CONTROLS, line.controls().stream().map(Control::text).collect(Collectors.joining(", ")), text);
            number(row, RESIDUAL_THREAT, line.residual().threat(), number);
            number(row, RESIDUAL_VULNERABILITY, line.residual().vulnerability(), number);
            number(row, RESIDUAL_RISK, risk.residual(), styles.tier(risk.residualTier()));
            text(row, RESIDUAL_TIER, risk.residualTier().label().ja(), styles.tier(risk.residualTier()));
            text(row, RESPONSIBILITY, line.responsibility().label().ja(), text);
            text(row, TREATMENT, line.treatment().label().ja(), text);
            written(row, OWNER, line.owner(), styles);
            Cell due = row.createCell(DUE);
            due.setCellStyle(styles.of(Kind.DATE));
            if (line.due() != null) {
                due.setCellValue(line.due());
            }
        }

        private void validations(int last) {
            RiskMethod method = assessment.method();
            list(ASSET, formula(lists.assets()), last);
            list(THREAT, formula(lists.threats()), last);
            list(VULNERABILITY, formula(lists.vulnerabilities()), last);
            list(CONFIDENTIALITY, levels(method.confidentiality()), last);
            list(INTEGRITY, levels(method.integrity()), last);
            list(AVAILABILITY, levels(method.availability()), last);
            list(INHERENT_THREAT, levels(method.threat()), last);
            list(RESIDUAL_THREAT, levels(method.threat()), last);
            list(INHERENT_VULNERABILITY, levels(method.vulnerability()), last);
            list(RESIDUAL_VULNERABILITY, levels(method.vulnerability()), last);
            list(RESPONSIBILITY, sheet.getDataValidationHelper().createExplicitListConstraint(Arrays
                    .stream(Responsibility.values()).map(r -> r.label().ja()).toArray(String[]::new)), last);
            list(TREATMENT, sheet.getDataValidationHelper().createExplicitListConstraint(Arrays
                    .stream(Treatment.values()).map(t -> t.label().ja()).toArray(String[]::new)), last);
        }

        private DataValidationConstraint formula(String range) {
            return sheet.getDataValidationHelper().createFormulaListConstraint(range);
        }

        private DataValidationConstraint levels(Scale scale) {
            return sheet.getDataValidationHelper().createExplicitListConstraint(scale.levels().stream()
                    .map(level -> String.valueOf(level.value())).toArray(String[]::new));
        }

        private void list(int column, DataValidationConstraint constraint, int last) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(FIRST_ROW, last, column, column));
            validation.setEmptyCellAllowed(true);
            // in XSSF, true shows the arrow (the name follows the file format's inverted flag)
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            validation.createErrorBox(HEADERS.get(column), "一覧から選んでください。");
            sheet.addValidationData(validation);
        }
    }

    private static void heatMap(XSSFSheet sheet, RiskSheetStyles styles, Assessment assessment, HeatMap map,
            String when) {
        RiskMethod method = assessment.method();
        text(sheet.createRow(0), 0, "ヒートマップ（" + when + "）— 件数", styles.of(Kind.TITLE));
        Row header = sheet.createRow(2);
        text(header, 0, "重要度＼発生可能性", styles.of(Kind.HEADER));
        for (int c = 0; c < map.likelihoods().size(); c++) {
            number(header, c + 1, map.likelihoods().get(c), styles.of(Kind.HEADER));
        }
        for (int r = 0; r < map.importances().size(); r++) {
            Row row = sheet.createRow(3 + r);
            int importance = map.importances().get(r);
            number(row, 0, importance, styles.of(Kind.HEADER));
            for (int c = 0; c < map.likelihoods().size(); c++) {
                number(row, c + 1, map.count(r, c), styles.tier(method.tier(importance * map.likelihoods().get(c))));
            }
        }
        int legend = 4 + map.importances().size();
        for (AcceptanceTier tier : AcceptanceTier.values()) {
            text(sheet.createRow(legend++), 0, tier.label().ja(), styles.tier(tier));
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.createFreezePane(1, 3);
    }

    private static void statement(XSSFSheet sheet, RiskSheetStyles styles, StatementOfApplicability statement) {
        text(sheet.createRow(0), 0, "適用宣言書（ISO/IEC 27001:2022 附属書 A）", styles.of(Kind.TITLE));
        Row header = sheet.createRow(1);
        List<String> headings = List.of("管理策", "名称", "適用", "理由", "関連するリスク");
        for (int column = 0; column < headings.size(); column++) {
            text(header, column, headings.get(column), styles.of(Kind.HEADER));
        }
        int index = 2;
        for (Applicability line : statement.controls()) {
            Row row = sheet.createRow(index++);
            text(row, 0, line.control().id(), styles.of(Kind.TEXT));
            text(row, 1, line.control().name().ja(), styles.of(Kind.TEXT));
            text(row, 2, line.applicable() ? "適用" : "適用除外", styles.of(Kind.NUMBER));
            text(row, 3, line.reason().ja(), styles.of(Kind.TEXT));
            text(row, 4, String.join(", ", line.rows()), styles.of(Kind.TEXT));
        }
        int[] widths = {8, 40, 10, 50, 24};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    private static String name(RiskTerm term, String id) {
        return term == null ? id : term.name().ja();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** Text that people wrote, kept as text in Excel even when it starts like a formula. */
    private static void written(Row row, int column, String value, RiskSheetStyles styles) {
        TextCells.write(row.createCell(column), value, styles.of(Kind.TEXT), styles.quoted());
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }
}
