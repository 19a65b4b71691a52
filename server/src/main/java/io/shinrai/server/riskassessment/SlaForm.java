package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.sla.DataOnTermination;
import io.shinrai.sla.InvalidSlaTermsException;
import io.shinrai.sla.MedicalInformation;
import io.shinrai.sla.SlaTerms;
import io.shinrai.sla.Subcontracting;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA terms as the form sends them, every field as text, obligations one per line. What is not a number, a time
 * or a known choice is refused here; whether the terms make an agreement is core's to judge.
 */
record SlaForm(String hospital, String serviceFrom, String serviceTo, String weekdaysOnly, String responseMinutes,
               String restorationHours, String incidentNotificationHours, String logRetentionMonths,
               String medicalInformation, String subcontracting, String terminationNoticeDays,
               String dataOnTermination, String vendorObligations, String hospitalObligations) {

    static SlaForm of(SlaTerms terms) {
        return new SlaForm(terms.hospital() == null ? "" : terms.hospital(), terms.serviceFrom().toString(),
                terms.serviceTo().toString(), Boolean.toString(terms.weekdaysOnly()),
                Integer.toString(terms.responseMinutes()), Integer.toString(terms.restorationHours()),
                Integer.toString(terms.incidentNotificationHours()), Integer.toString(terms.logRetentionMonths()),
                terms.medicalInformation().name(), terms.subcontracting().name(),
                Integer.toString(terms.terminationNoticeDays()), terms.dataOnTermination().name(),
                String.join("\n", terms.vendorObligations()), String.join("\n", terms.hospitalObligations()));
    }

    /** @throws InvalidSlaTermsException with every problem */
    SlaTerms toTerms(String service, String vendor) {
        List<LocalizedText> problems = new ArrayList<>();
        LocalTime from = time(serviceFrom, problems);
        LocalTime to = time(serviceTo, problems);
        int response = FormText.number(responseMinutes, "一次回答までの時間", "response time", problems);
        int restoration = FormText.number(restorationHours, "復旧目標時間", "restoration target", problems);
        int notification = FormText.number(incidentNotificationHours, "インシデントの通知時間",
                "incident notification time", problems);
        int retention = FormText.number(logRetentionMonths, "ログの保存期間", "log retention", problems);
        int notice = FormText.number(terminationNoticeDays, "解約の予告期間", "termination notice", problems);
        MedicalInformation medical = FormText.choice(MedicalInformation.class, medicalInformation, "医療情報の取扱い",
                "handling of medical information", problems);
        Subcontracting sub = FormText.choice(Subcontracting.class, subcontracting, "再委託の扱い",
                "subcontracting", problems);
        DataOnTermination data = FormText.choice(DataOnTermination.class, dataOnTermination,
                "終了時のデータの扱い", "handling of data at termination", problems);
        if (!problems.isEmpty()) {
            throw new InvalidSlaTermsException(problems);
        }
        return new SlaTerms(service, vendor, hospital == null || hospital.isBlank() ? null : hospital.strip(), from, to,
                "true".equals(weekdaysOnly), response, restoration, notification, retention, medical, sub, notice,
                data, lines(vendorObligations), lines(hospitalObligations));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    private static LocalTime time(String text, List<LocalizedText> problems) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new LocalizedText("サービス時間「" + text + "」は 9:00 のような時刻ではありません。",
                    "service hours \"" + text + "\" is not a time such as 09:00"));
            return null;
        }
    }
}
