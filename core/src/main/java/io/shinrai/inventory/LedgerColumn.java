package io.shinrai.inventory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.SheetText;
import java.util.Arrays;
import java.util.Optional;

/** The columns of the ledger file, in the order they are written; read by their heading in either language. */
public enum LedgerColumn {
    NAME("名称", "Name", 200),
    CATEGORY("区分", "Category", 40),
    VENDOR("製造業者・サービス事業者", "Vendor", 200),
    PRODUCT("製品名称", "Product", 200),
    VERSION("バージョン", "Version", 100),
    DEPARTMENT("部門", "Department", 200),
    LOCATION("設置場所", "Location", 200),
    NETWORK_SEGMENT("ネットワークセグメント", "Network segment", 100),
    REMOTE_MAINTENANCE("リモート保守", "Remote maintenance", 10),
    REMOTE_METHOD("リモート保守の接続方法", "Remote maintenance method", 200),
    INSTALLED_ON("導入日", "Installed on", 20),
    OWNER("管理責任者", "Owner", 200),
    /** Written for the reader; derived from the category and the hospital, so ignored when read. */
    CRITICAL("基幹インフラ対象", "Critical infrastructure", 10);

    private final LocalizedText heading;
    private final int maxLength;

    LedgerColumn(String ja, String en, int maxLength) {
        this.heading = new LocalizedText(ja, en);
        this.maxLength = maxLength;
    }

    public LocalizedText heading() {
        return heading;
    }

    int maxLength() {
        return maxLength;
    }

    static Optional<LedgerColumn> fromHeading(String text) {
        String key = SheetText.key(text);
        return Arrays.stream(values()).filter(column -> SheetText.key(column.heading.ja()).equals(key)
                || SheetText.key(column.heading.en()).equals(key)).findFirst();
    }
}
