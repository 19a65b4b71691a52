package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;

/** The checks {@link CsafValidator} makes: the schema's required structure and the mandatory tests of section 6.1. */
public enum CsafTest {
    SCHEMA("schema", "必須の構造(JSON スキーマ)", "required structure (JSON schema)"),
    MISSING_PRODUCT_ID("6.1.1", "製品 ID の定義がない", "missing definition of product ID"),
    MULTIPLE_PRODUCT_ID("6.1.2", "製品 ID の重複定義", "multiple definition of product ID"),
    CIRCULAR_PRODUCT_ID("6.1.3", "製品 ID の循環定義", "circular definition of product ID"),
    MISSING_GROUP_ID("6.1.4", "製品グループ ID の定義がない", "missing definition of product group ID"),
    MULTIPLE_GROUP_ID("6.1.5", "製品グループ ID の重複定義", "multiple definition of product group ID"),
    CONTRADICTING_STATUS("6.1.6", "矛盾する製品ステータス", "contradicting product status"),
    MULTIPLE_SCORES("6.1.7", "同じ版の CVSS スコアが一つの製品に複数", "multiple scores with same version per product"),
    INVALID_CVSS("6.1.8", "不正な CVSS", "invalid CVSS"),
    /** The base score and severity of CVSS v3; temporal and environmental scores are not computed. */
    INVALID_CVSS_COMPUTATION("6.1.9", "CVSS の深刻度とスコアの不一致", "invalid CVSS computation"),
    INCONSISTENT_CVSS("6.1.10", "ベクトルと一致しない CVSS の値", "inconsistent CVSS"),
    CWE("6.1.11", "CWE の形式", "CWE"),
    PURL("6.1.13", "不正なパッケージ URL", "PURL"),
    SORTED_REVISION_HISTORY("6.1.14", "改訂履歴の順序", "sorted revision history"),
    LATEST_DOCUMENT_VERSION("6.1.16", "最新の文書バージョン", "latest document version"),
    DOCUMENT_STATUS_DRAFT("6.1.17", "文書ステータス draft", "document status draft"),
    RELEASED_REVISION_HISTORY("6.1.18", "公開済みの改訂履歴", "released revision history"),
    MISSING_REVISION("6.1.21", "改訂履歴の欠落", "missing item in revision history"),
    MULTIPLE_REVISION("6.1.22", "改訂履歴の重複定義", "multiple definition in revision history"),
    MULTIPLE_CVE("6.1.23", "同じ CVE の重複使用", "multiple use of same CVE"),
    PROFILE("6.1.27", "プロファイル(文書カテゴリ)の要件", "profile tests"),
    REMEDIATION_WITHOUT_PRODUCT("6.1.29", "製品を参照しない対策", "remediation without product reference"),
    MIXED_VERSIONING("6.1.30", "整数とセマンティックバージョニングの混在", "mixed integer and semantic versioning"),
    VERSION_RANGE_IN_VERSION("6.1.31", "product_version にバージョン範囲", "version range in product version"),
    FLAG_WITHOUT_PRODUCT("6.1.32", "製品を参照しないフラグ", "flag without product reference"),
    MULTIPLE_FLAGS("6.1.33", "一つの製品に複数の VEX 理由フラグ", "multiple flags with VEX justification codes per product");

    private final String section;
    private final LocalizedText name;

    CsafTest(String section, String ja, String en) {
        this.section = section;
        this.name = new LocalizedText(ja, en);
    }

    public String section() {
        return section;
    }

    public LocalizedText title() {
        return name;
    }
}
