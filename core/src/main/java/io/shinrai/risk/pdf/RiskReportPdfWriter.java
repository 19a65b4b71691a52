package io.shinrai.risk.pdf;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.pdf.Column;
import io.shinrai.pdf.EmbeddedFont;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import io.shinrai.pdf.Row;
import io.shinrai.risk.AcceptanceTier;
import io.shinrai.risk.Applicability;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.Control;
import io.shinrai.risk.HeatMap;
import io.shinrai.risk.IpaFormula;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskMethod;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.RiskTerm;
import io.shinrai.risk.RowRisk;
import io.shinrai.risk.Scale;
import io.shinrai.risk.StatementOfApplicability;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report an assessment is reviewed and filed with, on A4 with the font embedded: the method with its scales,
 * likelihood table and tiers; the risk list with risks before and after the controls; both heat maps, each cell with
 * its count and tier; and the Statement of Applicability. Japanese by default, English with an English locale.
 */
public final class RiskReportPdfWriter {

    private static final float TITLE_SIZE = 14;
    private static final float SECTION_SIZE = PageFlow.TEXT_SIZE + 2;

    private final AssessmentVocabulary vocabulary;
    private final Locale locale;

    public RiskReportPdfWriter(AssessmentVocabulary vocabulary, Locale locale) {
        this.vocabulary = vocabulary;
        this.locale = locale;
    }

    public void write(Assessment assessment, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            EmbeddedFont font = EmbeddedFont.load(document);
            String title = text("リスクアセスメント", "Risk assessment") + "　" + assessment.title().in(locale);
            PageFrame frame = new PageFrame(font, title + "　" + assessment.id() + "　"
                    + text("第 " + assessment.version() + " 版", "version " + assessment.version()) + "　"
                    + assessment.state().label().in(locale));
            PageFlow flow = new PageFlow(document, font, frame,
                    first -> first + text("（続き）", " (continued)"));
            flow.title(title, TITLE_SIZE);
            flow.space(PageFlow.TEXT_SIZE);
            method(flow, assessment.method(), assessment.catalogue());
            risks(flow, assessment);
            heatMap(flow, assessment.method(), HeatMap.inherent(assessment), text("ヒートマップ（対策前）",
                    "Heat map (inherent)"));
            heatMap(flow, assessment.method(), HeatMap.residual(assessment), text("ヒートマップ（対策後）",
                    "Heat map (residual)"));
            applicability(flow, StatementOfApplicability.of(assessment, vocabulary.annexA()));
            flow.finish();
            frame.stamp(document);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "ja");
            document.save(out);
        }
    }

    private void method(PageFlow flow, RiskMethod method, RiskCatalogue catalogue) throws IOException {
        section(flow, text("方法と凡例", "Method and legend"));
        float width = PageFrame.width();
        flow.table(List.of(new Column("", width * 0.3f, false), new Column("", width * 0.7f, false)), false);
        flow.row(Row.of(text("方法", "Method"), method.title().in(locale) + " (" + method.id() + " "
                + text("第 " + method.version() + " 版", "version " + method.version()) + ")"));
        flow.row(Row.of(text("カタログ", "Catalogue"), catalogue.title().in(locale) + " (" + catalogue.id() + " "
                + text("第 " + catalogue.version() + " 版", "version " + catalogue.version()) + ")"));
        flow.row(Row.of(text("算定式", "Formula"), method.formula() instanceof IpaFormula
                ? text("IPA 方式: リスク値 = 資産価値 × 発生可能性（脅威 × 脆弱性の表）",
                        "IPA style: risk = asset value × likelihood (table of threat × vulnerability)")
                : text("積算方式: リスク値 = 資産価値 × 脅威 × 脆弱性",
                        "multiplicative: risk = asset value × threat × vulnerability")));
        for (Scale scale : scales(method)) {
            flow.row(Row.of(scale.name().in(locale), levels(scale)));
        }
        flow.row(Row.of(AcceptanceTier.ACCEPT.label().in(locale), "≦ " + method.acceptance().acceptUpTo()));
        flow.row(Row.of(AcceptanceTier.ACCEPT_UNDER_MANAGEMENT.label().in(locale),
                "≦ " + method.acceptance().manageUpTo()));
        flow.row(Row.of(AcceptanceTier.NOT_ACCEPTABLE.label().in(locale), "> " + method.acceptance().manageUpTo()));
        if (method.formula() instanceof IpaFormula ipa) {
            flow.space(PageFlow.TEXT_SIZE);
            int columns = method.vulnerability().top();
            List<Column> table = new ArrayList<>();
            table.add(new Column(text("脅威＼脆弱性", "threat \\ vulnerability"), width * 0.3f, false));
            for (int v = 1; v <= columns; v++) {
                table.add(new Column(Integer.toString(v), width * 0.7f / columns, false));
            }
            flow.table(table, true);
            for (int t = 1; t <= method.threat().top(); t++) {
                List<String> cells = new ArrayList<>();
                cells.add(t + " " + method.threat().level(t).label().in(locale));
                for (int v = 1; v <= columns; v++) {
                    cells.add(Integer.toString(ipa.likelihood(t, v)));
                }
                flow.row(new Row(cells, 0, false));
            }
        }
    }

    private void risks(PageFlow flow, Assessment assessment) throws IOException {
        section(flow, text("リスク一覧", "Risk list"));
        float w = PageFrame.width();
        flow.table(List.of(new Column(text("番号", "No."), w * 0.06f, false),
                new Column(text("資産", "Asset"), w * 0.14f, false),
                new Column("C/I/A", w * 0.07f, false),
                new Column(text("脅威", "Threat"), w * 0.13f, false),
                new Column(text("脆弱性", "Vulnerability"), w * 0.13f, false),
                new Column(text("対策前", "Inherent"), w * 0.1f, false),
                new Column(text("管理策", "Controls"), w * 0.14f, false),
                new Column(text("対策後", "Residual"), w * 0.1f, false),
                new Column(text("責任分界・対応・担当・期限", "Responsibility, treatment, owner, due"), w * 0.13f,
                        false)), true);
        RiskCatalogue catalogue = assessment.catalogue();
        for (RowRisk risk : assessment.risks()) {
            RiskRow row = risk.row();
            flow.row(Row.of(row.id(), name(catalogue.asset(row.asset()), row.asset()),
                    row.value().confidentiality() + "/" + row.value().integrity() + "/" + row.value().availability(),
                    name(catalogue.threat(row.threat()), row.threat()) + " (" + row.inherent().threat() + "→"
                            + row.residual().threat() + ")",
                    name(catalogue.vulnerability(row.vulnerability()), row.vulnerability()) + " ("
                            + row.inherent().vulnerability() + "→" + row.residual().vulnerability() + ")",
                    risk.inherent() + " " + risk.inherentTier().label().in(locale),
                    row.controls().stream().map(Control::text).collect(Collectors.joining(", ")),
                    risk.residual() + " " + risk.residualTier().label().in(locale),
                    String.join(" / ", row.responsibility().label().in(locale), row.treatment().label().in(locale),
                            row.owner(), row.due() == null ? "" : row.due().toString()).replaceAll("( / )+$", "")));
        }
    }

    private void heatMap(PageFlow flow, RiskMethod method, HeatMap map, String title) throws IOException {
        section(flow, title);
        float width = PageFrame.width();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text("資産価値＼発生可能性", "asset value \\ likelihood"), width * 0.2f, false));
        for (int likelihood : map.likelihoods()) {
            columns.add(new Column(Integer.toString(likelihood), width * 0.8f / map.likelihoods().size(), false));
        }
        flow.table(columns, true);
        for (int r = 0; r < map.importances().size(); r++) {
            int importance = map.importances().get(r);
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(importance));
            for (int c = 0; c < map.likelihoods().size(); c++) {
                AcceptanceTier tier = method.tier(importance * map.likelihoods().get(c));
                cells.add(map.count(r, c) + "\n" + tierMark(tier));
            }
            flow.row(new Row(cells, 0, false));
        }
    }

    private void applicability(PageFlow flow, StatementOfApplicability soa) throws IOException {
        section(flow, text("適用宣言書", "Statement of Applicability") + "（" + soa.applicableCount() + " / "
                + soa.controls().size() + "）");
        float width = PageFrame.width();
        flow.table(List.of(new Column(text("管理策", "Control"), width * 0.08f, false),
                new Column(text("名称", "Title"), width * 0.37f, false),
                new Column(text("適用", "Applies"), width * 0.1f, false),
                new Column(text("理由", "Reason"), width * 0.45f, false)), true);
        for (Applicability line : soa.controls()) {
            flow.row(new Row(List.of(line.control().id(), line.control().name().in(locale),
                    line.applicable() ? text("適用", "yes") : text("適用除外", "no"), line.reason().in(locale)), 0,
                    !line.applicable()));
        }
    }

    private void section(PageFlow flow, String title) throws IOException {
        flow.space(PageFlow.TEXT_SIZE * 1.5f);
        flow.title(title, SECTION_SIZE);
        flow.space(PageFlow.TEXT_SIZE / 2);
    }

    /** Colour cannot carry the tier on a grey printout; the tier is named in short. */
    private String tierMark(AcceptanceTier tier) {
        return switch (tier) {
            case ACCEPT -> text("受容", "accept");
            case ACCEPT_UNDER_MANAGEMENT -> text("管理下", "managed");
            case NOT_ACCEPTABLE -> text("受容不可", "not acceptable");
        };
    }

    private String levels(Scale scale) {
        return scale.levels().stream().map(level -> level.value() + " " + level.label().in(locale))
                .collect(Collectors.joining("、 "));
    }

    private static List<Scale> scales(RiskMethod method) {
        List<Scale> scales = new ArrayList<>(List.of(method.confidentiality(), method.integrity(),
                method.availability(), method.threat(), method.vulnerability()));
        if (method.formula() instanceof IpaFormula ipa) {
            scales.add(ipa.likelihood());
        }
        return scales;
    }

    private String name(Optional<RiskTerm> term, String id) {
        return term.map(found -> found.name().in(locale)).orElse(id);
    }

    private String text(String ja, String en) {
        return new LocalizedText(ja, en).in(locale);
    }
}
