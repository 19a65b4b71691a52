package io.shinrai.inventory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.SheetText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What kind of system an entry of a hospital's ledger is. Three kinds are what the proposed critical-infrastructure
 * regime names for 特定機能病院: the electronic medical record, and the systems of surgery and intensive care.
 */
public enum SystemCategory {
    ELECTRONIC_MEDICAL_RECORD("電子カルテ", "Electronic medical record", true, "電子カルテシステム", "EMR", "EHR"),
    SURGERY("手術部門システム", "Surgery department system", true, "手術部門"),
    INTENSIVE_CARE("集中治療部門システム", "Intensive care system", true, "集中治療部門", "ICU"),
    ORDERING("オーダリング", "Order entry", false, "オーダエントリ", "オーダリングシステム"),
    PACS("PACS", "PACS", false, "画像管理システム"),
    MODALITY("モダリティ", "Modality", false, "医用画像機器", "検査機器"),
    DEPARTMENT_SYSTEM("部門システム", "Department system", false),
    MEDICAL_ACCOUNTING("医事会計", "Medical accounting", false, "医事会計システム", "レセコン"),
    NETWORK_DEVICE("ネットワーク機器", "Network device", false, "NW機器"),
    SERVER("サーバ", "Server", false, "サーバー"),
    TERMINAL("端末", "Client terminal", false, "端末PC", "クライアント端末"),
    OTHER("その他", "Other", false);

    private final LocalizedText label;
    private final boolean criticalScope;
    private final List<String> keys;

    SystemCategory(String ja, String en, boolean criticalScope, String... aliases) {
        this.label = new LocalizedText(ja, en);
        this.criticalScope = criticalScope;
        this.keys = Stream.concat(Arrays.stream(aliases), Stream.of(ja, en, name())).map(SheetText::key).toList();
    }

    public LocalizedText label() {
        return label;
    }

    /** Whether a system of this kind is in the critical-infrastructure scope when its hospital is a 特定機能病院. */
    public boolean criticalScope() {
        return criticalScope;
    }

    /** The category a person wrote, in Japanese or English, full- or half-width, or its code. */
    public static Optional<SystemCategory> fromLabel(String text) {
        String key = SheetText.key(text);
        return Arrays.stream(values()).filter(category -> category.keys.contains(key)).findFirst();
    }
}
