package io.shinrai.bench;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up disclosures of one catalogue, each distinct: its own document id, vendor, product, version, date and
 * options in use, and an answer to every asked item, with remarks where the answer needs them and on some others.
 * The same number always gives the same disclosure.
 */
final class FilledDisclosures {

    private static final List<String> VENDORS = List.of("信頼メディカル株式会社", "東都画像システム株式会社",
            "株式会社みなと医療機器", "Kansai Health Devices K.K.", "北斗ヘルスケア株式会社");
    private static final List<String> PRODUCTS = List.of("CT装置", "MRI装置", "超音波診断装置", "画像保管通信システム",
            "内視鏡システム", "放射線治療計画システム", "生体情報モニタ");
    /** Where a remark has %d, the disclosure's number goes in, so that remarks differ from file to file. */
    private static final List<String> REMARKS = List.of(
            "保守契約の範囲で対応します。",
            "次期バージョン（%d）で対応する予定です。",
            "院内ネットワークとは専用の VLAN で分離して接続します。",
            "詳細は取扱説明書 第%d章を参照してください。",
            "医療機関等のご要望に応じて個別に対応します。\n費用は別途お見積りします。",
            "本製品は外部ネットワークに接続しないため、該当する機能を持ちません。",
            "設定手順書 No.%d に記載しています。",
            "OS ベンダーのサポート終了後は、延長サポート契約により対応します。");

    private final Catalogue catalogue;

    FilledDisclosures(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Disclosure number(int number) {
        Random random = new Random(number);
        Set<String> optionsInUse = Set.copyOf(catalogue.options().stream()
                .filter(option -> random.nextBoolean()).map(CatalogueOption::id).toList());
        BasicInformation basics = new BasicInformation(LocalDate.of(2026, 1, 5).plusDays(number % 320),
                VENDORS.get(number % VENDORS.size()),
                PRODUCTS.get(number % PRODUCTS.size()) + " " + (char) ('A' + random.nextInt(26)) + "-" + number,
                (1 + random.nextInt(9)) + "." + random.nextInt(20));
        String documentId = String.format(Locale.ROOT, "MDS-%s-%05d", catalogue.version(), number);
        Disclosure unanswered = new Disclosure(documentId, catalogue.id(), catalogue.version(), basics, optionsInUse,
                Map.of(), List.of());
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : unanswered.askedItems(catalogue)) {
            answers.put(item.ref(), answer(item, random, number));
        }
        return new Disclosure(documentId, catalogue.id(), catalogue.version(), basics, optionsInUse, answers,
                List.of());
    }

    private static ItemAnswer answer(Item item, Random random, int number) {
        List<Answer> offered = item.answers().answers();
        // mostly the first answer (はい), the others often enough that every kind of row is written and read
        Answer answer = random.nextInt(10) < 6 ? offered.get(0) : offered.get(random.nextInt(offered.size()));
        if (item.needsRemarks(answer) || answer != offered.get(0) || random.nextInt(4) == 0) {
            String remark = REMARKS.get(random.nextInt(REMARKS.size()));
            return ItemAnswer.of(answer, String.format(Locale.ROOT, remark, number));
        }
        return ItemAnswer.of(answer);
    }
}
