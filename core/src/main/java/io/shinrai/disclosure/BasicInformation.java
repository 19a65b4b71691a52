package io.shinrai.disclosure;

import java.time.LocalDate;

/**
 * The head of a disclosure: 作成日, 製造業者 or サービス事業者, 製品名称 or サービス名称, バージョン. Any part may still
 * be missing in a draft.
 */
public record BasicInformation(LocalDate createdOn, String vendor, String product, String productVersion) {

    public static BasicInformation empty() {
        return new BasicInformation(null, null, null, null);
    }
}
