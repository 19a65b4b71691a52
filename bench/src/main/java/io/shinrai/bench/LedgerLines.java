package io.shinrai.bench;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up lines of a large hospital's ledger: mostly modalities and department systems, and about one system in
 * twenty in the critical-infrastructure scope (electronic medical record, surgery, intensive care).
 */
final class LedgerLines {

    /** A kind of system: how many in a hundred are of it, what its products are called, where it stands. */
    private record Kind(SystemCategory category, int perHundred, List<String> products, List<String> departments) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(SystemCategory.ELECTRONIC_MEDICAL_RECORD, 1, List.of("電子カルテシステム", "電子カルテ 参照系"),
                    List.of("医療情報部")),
            new Kind(SystemCategory.SURGERY, 2, List.of("手術部門システム", "麻酔記録システム", "手術映像システム"),
                    List.of("手術部")),
            new Kind(SystemCategory.INTENSIVE_CARE, 2, List.of("重症系部門システム", "セントラルモニタ"),
                    List.of("集中治療部", "救命救急センター")),
            new Kind(SystemCategory.MODALITY, 35, List.of("CT装置", "MRI装置", "超音波診断装置", "一般撮影装置",
                    "血管撮影装置", "内視鏡システム", "核医学装置", "生体情報モニタ", "輸液ポンプ管理装置"),
                    List.of("放射線部", "内視鏡センター", "検査部", "病棟", "外来")),
            new Kind(SystemCategory.DEPARTMENT_SYSTEM, 20, List.of("放射線情報システム", "臨床検査システム",
                    "病理システム", "生理検査システム", "透析管理システム", "薬剤部門システム", "リハビリ部門システム"),
                    List.of("放射線部", "検査部", "病理部", "薬剤部", "リハビリテーション部")),
            new Kind(SystemCategory.PACS, 3, List.of("画像保管通信システム", "画像ビューア"), List.of("放射線部")),
            new Kind(SystemCategory.ORDERING, 3, List.of("オーダエントリシステム"), List.of("医療情報部")),
            new Kind(SystemCategory.MEDICAL_ACCOUNTING, 2, List.of("医事会計システム", "レセプトチェック"),
                    List.of("医事課")),
            new Kind(SystemCategory.SERVER, 8, List.of("仮想化基盤", "ファイルサーバ", "認証サーバ"),
                    List.of("医療情報部")),
            new Kind(SystemCategory.NETWORK_DEVICE, 8, List.of("L3スイッチ", "無線LANコントローラ", "ファイアウォール"),
                    List.of("医療情報部")),
            new Kind(SystemCategory.TERMINAL, 10, List.of("診療端末", "ナースステーション端末"),
                    List.of("病棟", "外来")),
            new Kind(SystemCategory.OTHER, 6, List.of("ナースコールシステム", "物流管理システム", "給食管理システム"),
                    List.of("看護部", "用度課", "栄養管理部")));
    private static final List<String> REMOTE_METHODS = List.of("IP-VPN（閉域網）", "SSL-VPN", "インターネットVPN");

    private final Random random;

    LedgerLines(Random random) {
        this.random = random;
    }

    /** The ledger line of the {@code number}th system, made by {@code vendor}; names are unique by the number. */
    LedgerEntry line(int number, String vendor, String version) {
        Kind kind = kind();
        String product = pick(kind.products()) + " " + (char) ('A' + random.nextInt(26)) + (100 + random.nextInt(900));
        String department = pick(kind.departments());
        boolean remote = random.nextInt(10) < 6;
        return new LedgerEntry(String.format(Locale.ROOT, "%s（%s）No.%04d", product, department, number),
                kind.category(), vendor, product, version, department,
                (random.nextBoolean() ? "本館" : "新館") + (1 + random.nextInt(9)) + "階",
                "VLAN " + (10 + random.nextInt(90)), remote, remote ? pick(REMOTE_METHODS) : null,
                LocalDate.of(2015, 4, 1).plusDays(random.nextInt(3650)), department + " 担当");
    }

    private Kind kind() {
        int roll = random.nextInt(100);
        for (Kind kind : KINDS) {
            roll -= kind.perHundred();
            if (roll < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the shares of KINDS add up to less than 100");
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
