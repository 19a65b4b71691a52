package io.shinrai.sla;

import io.shinrai.catalog.LocalizedText;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms a remote maintenance SLA is made from. Times are whole numbers in the units the clauses state them in, so
 * that the agreement reads the same in both languages.
 *
 * @param hospital          null for the vendor's standard terms, before a hospital is named
 * @param weekdaysOnly      service on Monday to Friday only, else every day
 * @param responseMinutes   from the hospital's call to the first answer of a person
 * @param restorationHours  from the call to restored service, for a fault the remote service can repair
 * @param incidentNotificationHours from the vendor's discovery of a security incident to the hospital being told
 * @param logRetentionMonths how long the records of each remote session are kept
 */
public record SlaTerms(String service, String vendor, String hospital, LocalTime serviceFrom, LocalTime serviceTo,
        boolean weekdaysOnly, int responseMinutes, int restorationHours, int incidentNotificationHours,
        int logRetentionMonths, MedicalInformation medicalInformation, Subcontracting subcontracting,
        int terminationNoticeDays, DataOnTermination dataOnTermination, List<String> vendorObligations,
        List<String> hospitalObligations) {

    public SlaTerms {
        vendorObligations = vendorObligations.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        hospitalObligations = hospitalObligations.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<LocalizedText> problems = new ArrayList<>();
        if (service == null || service.isBlank() || vendor == null || vendor.isBlank()) {
            problems.add(new LocalizedText("サービス名称と事業者名が必要です。", "the service and the vendor must be named"));
        }
        if (serviceFrom == null || serviceTo == null || !serviceFrom.isBefore(serviceTo)) {
            problems.add(new LocalizedText("サービス時間は開始を終了より前にしてください。",
                    "the service hours must start before they end"));
        }
        within(responseMinutes, 1, 24 * 60, "一次回答までの時間（分）", "response time (minutes)", problems);
        within(restorationHours, 1, 24 * 30, "復旧目標時間（時間）", "restoration target (hours)", problems);
        within(incidentNotificationHours, 1, 24 * 7, "インシデントの通知時間（時間）",
                "incident notification time (hours)", problems);
        within(logRetentionMonths, 1, 12 * 10, "ログの保存期間（月）", "log retention (months)", problems);
        within(terminationNoticeDays, 1, 365, "解約の予告期間（日）", "termination notice (days)", problems);
        if (medicalInformation == null || subcontracting == null || dataOnTermination == null) {
            problems.add(new LocalizedText("医療情報の取扱い・再委託・終了時のデータの扱いを選んでください。",
                    "choose the handling of medical information, subcontracting and data at termination"));
        }
        if (vendorObligations.isEmpty() || hospitalObligations.isEmpty()) {
            problems.add(new LocalizedText("事業者と医療機関それぞれのセキュリティ上の義務を 1 つ以上書いてください。",
                    "give at least one security obligation of the vendor and one of the hospital"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSlaTermsException(problems);
        }
    }

    /** Terms most remote maintenance services start from, for the vendor to adjust. */
    public static SlaTerms standard(String service, String vendor) {
        return new SlaTerms(service, vendor, null, LocalTime.of(9, 0), LocalTime.of(17, 30), true, 30, 8, 24, 12,
                MedicalInformation.VIEW_DURING_WORK, Subcontracting.WITH_PRIOR_CONSENT, 90,
                DataOnTermination.DELETE_WITH_CERTIFICATE,
                List.of("接続は医療機関の承認を得た作業ごとに行い、作業が終われば切断する。",
                        "保守用端末はマルウェア対策と修正プログラムの適用を行い、二要素認証で利用者を確認する。",
                        "通信は暗号化し、作業者・日時・操作の記録を残す。"),
                List.of("接続の承認者を定め、作業の申請を確認して承認する。",
                        "医療機関側の接続装置を管理し、不要な時は接続を遮断する。",
                        "保守作業の記録を定期的に確認する。"));
    }

    private static void within(int value, int least, int most, String ja, String en, List<LocalizedText> problems) {
        if (value < least || value > most) {
            problems.add(new LocalizedText(ja + "は " + least + "〜" + most + " にしてください（" + value + "）。",
                    en + " must be " + least + " to " + most + ", not " + value));
        }
    }
}
