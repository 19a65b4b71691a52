package io.shinrai.bench;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.disclosure.Disclosures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How one vendor answers a checklist: mostly はい, and いいえ or 対象外 as often as the vendor's diligence has it,
 * with 備考 on every いいえ and 対象外, on every はい that asks for them and on some others. Every asked item is answered, since only a complete
 * disclosure can be published.
 */
final class VendorAnswers {

    private static final List<String> ON_YES = List.of(
            "取扱説明書（セキュリティ編）に記載しています。",
            "初期設定で有効です。",
            "保守契約の範囲で対応します。",
            "設定手順書に記載しています。");
    private static final List<String> ON_NO = List.of(
            "次期バージョンで対応する予定です（2027年度上期）。",
            "現行製品では対応していません。院内ネットワークの分離で補ってください。",
            "医療機関等のご要望に応じて個別に対応します。費用は別途お見積りします。",
            "OS の制約により対応できません。代替策は保守窓口にご相談ください。",
            "対応を検討中です。時期は決まり次第お知らせします。");
    private static final List<String> ON_NOT_APPLICABLE = List.of(
            "本製品は外部ネットワークに接続しないため、該当する機能を持ちません。",
            "本製品は利用者認証を行わない機器です。",
            "データを保存しない構成のため対象外です。");

    private final double diligence;
    private final Random random;

    /** @param diligence the share of items answered はい, between 0 and 1 */
    VendorAnswers(double diligence, Random random) {
        this.diligence = diligence;
        this.random = random;
    }

    /** Options in use, then an answer to every item the disclosure asks. */
    Disclosures.Edit answer(Catalogue catalogue, BasicInformation basics) {
        Set<String> optionsInUse = Set.copyOf(catalogue.options().stream()
                .filter(option -> random.nextInt(10) < 3).map(CatalogueOption::id).toList());
        Disclosure asking = new Disclosure("", catalogue.id(), catalogue.version(), basics, optionsInUse, Map.of(),
                List.of());
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : asking.askedItems(catalogue)) {
            answers.put(item.ref(), answer(item));
        }
        return new Disclosures.Edit(answers, null, optionsInUse);
    }

    private ItemAnswer answer(Item item) {
        List<Answer> offered = item.answers().answers();
        if (random.nextDouble() < diligence) {
            return item.needsRemarks(Answer.YES) || random.nextInt(5) == 0 ? ItemAnswer.of(Answer.YES, pick(ON_YES))
                    : ItemAnswer.of(Answer.YES);
        }
        if (offered.contains(Answer.NOT_APPLICABLE) && random.nextInt(3) == 0) {
            return ItemAnswer.of(Answer.NOT_APPLICABLE, pick(ON_NOT_APPLICABLE));
        }
        return ItemAnswer.of(Answer.NO, pick(ON_NO));
    }

    private String pick(List<String> remarks) {
        return remarks.get(random.nextInt(remarks.size()));
    }
}
