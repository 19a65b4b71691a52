package io.shinrai.risk.excel;

import java.util.List;

/** Sheet names, headings and columns shared by the writer and the reader of a risk workbook. */
final class RiskWorkbookLayout {

    static final String METHOD_SHEET = "方法と凡例";
    static final String RISK_SHEET = "リスク一覧";
    static final String INHERENT_MAP_SHEET = "ヒートマップ（対策前）";
    static final String RESIDUAL_MAP_SHEET = "ヒートマップ（対策後）";
    static final String SOA_SHEET = "適用宣言書";

    /** On the method sheet, column A; the assessment's id is beside it, so a workbook goes back to its own. */
    static final String ASSESSMENT_ID = "アセスメント ID";
    static final String VERSION = "版";

    /** The risk list: the title on the first row, these headings on the second, one risk per row below. */
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    static final List<String> HEADERS = List.of("番号", "資産", "機密性", "完全性", "可用性", "脅威", "脆弱性",
            "脅威（対策前）", "脆弱性（対策前）", "リスク値（対策前）", "判定（対策前）", "管理策", "脅威（対策後）",
            "脆弱性（対策後）", "リスク値（対策後）", "判定（対策後）", "責任分界", "リスク対応", "担当", "期限");
    static final int ID = 0;
    static final int ASSET = 1;
    static final int CONFIDENTIALITY = 2;
    static final int INTEGRITY = 3;
    static final int AVAILABILITY = 4;
    static final int THREAT = 5;
    static final int VULNERABILITY = 6;
    static final int INHERENT_THREAT = 7;
    static final int INHERENT_VULNERABILITY = 8;
    static final int INHERENT_RISK = 9;
    static final int INHERENT_TIER = 10;
    static final int CONTROLS = 11;
    static final int RESIDUAL_THREAT = 12;
    static final int RESIDUAL_VULNERABILITY = 13;
    static final int RESIDUAL_RISK = 14;
    static final int RESIDUAL_TIER = 15;
    static final int RESPONSIBILITY = 16;
    static final int TREATMENT = 17;
    static final int OWNER = 18;
    static final int DUE = 19;

    /** Far above a real assessment; keeps a hostile workbook from filling the memory with rows. */
    static final int MAX_ROWS = 10_000;

    private RiskWorkbookLayout() {
    }
}
