package io.shinrai.inventory;

import io.shinrai.disclosure.excel.SheetText;
import java.util.Optional;
import java.util.Set;

/** A yes or no as people write it in a ledger: あり/なし, 有/無, はい/いいえ, ○/×, yes/no, true/false. */
final class YesNo {

    private static final Set<String> YES = Set.of("あり", "有", "有り", "はい", "○", "〇", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("なし", "無", "無し", "いいえ", "×", "-", "no", "n", "false", "0");

    private YesNo() {
    }

    static Optional<Boolean> parse(String text) {
        String key = SheetText.key(text);
        return YES.contains(key) ? Optional.of(true) : NO.contains(key) ? Optional.of(false) : Optional.empty();
    }

    static String write(boolean value, boolean japanese) {
        return value ? (japanese ? "あり" : "yes") : (japanese ? "なし" : "no");
    }
}
