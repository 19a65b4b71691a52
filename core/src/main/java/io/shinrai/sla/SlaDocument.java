package io.shinrai.sla;

import io.shinrai.catalog.LocalizedText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SLA as clauses, made from the terms in Japanese (the default) or English; both writers lay out the same
 * clauses, so the .docx and the PDF cannot say different things.
 */
public record SlaDocument(String title, String parties, List<Clause> clauses, Locale locale) {

    /** A numbered article: its heading and its paragraphs, or items when {@code listed}. */
    public record Clause(String heading, List<String> paragraphs, boolean listed) {

        public Clause {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    public SlaDocument {
        clauses = List.copyOf(clauses);
    }

    public static SlaDocument of(SlaTerms terms, Locale locale) {
        Words words = new Words(locale);
        String hospital = terms.hospital() == null ? words.say("医療機関", "the hospital") : terms.hospital();
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause(words.say("目的", "Purpose"), List.of(words.say(
                "本合意書は、" + terms.vendor() + "（以下「事業者」）が " + hospital + "（以下「医療機関」）に提供するリモート保守サービス「"
                        + terms.service() + "」の水準と、双方の情報セキュリティ上の責任を定める。",
                "This agreement sets the level of the remote maintenance service \"" + terms.service() + "\" that "
                        + terms.vendor() + " (the vendor) provides to " + hospital + " (the hospital), and the "
                        + "information security responsibilities of each party.")), false));
        String hours = TIME.format(terms.serviceFrom()) + "〜" + TIME.format(terms.serviceTo());
        clauses.add(new Clause(words.say("サービス時間", "Service hours"), List.of(terms.weekdaysOnly()
                ? words.say("月曜日から金曜日の " + hours + "（祝日及び年末年始を除く）。",
                        "Monday to Friday, " + hours.replace("〜", " to ") + ", except public holidays and the year-end "
                                + "holidays.")
                : words.say("毎日 " + hours + "。", "Every day, " + hours.replace("〜", " to ") + ".")), false));
        clauses.add(new Clause(words.say("対応と復旧の目標", "Response and restoration targets"), List.of(
                words.say("事業者は、サービス時間内の連絡に " + terms.responseMinutes() + " 分以内に担当者が応答する。",
                        "Within the service hours, a person of the vendor answers a call within "
                                + terms.responseMinutes() + " minutes."),
                words.say("リモート保守で直せる障害は、連絡から " + terms.restorationHours() + " 時間以内の復旧を目標とする。"
                                + "目標を守れない見込みのときは、その理由と見通しを速やかに知らせる。",
                        "A fault the remote service can repair is to be restored within " + terms.restorationHours()
                                + " hours of the call. When the target cannot be met, the vendor says why and "
                                + "when service is expected back without delay.")), false));
        clauses.add(new Clause(words.say("セキュリティインシデントの通知", "Notification of security incidents"),
                List.of(words.say("事業者は、リモート保守に関わるセキュリティインシデント（その疑いを含む）を知ったときから "
                                + terms.incidentNotificationHours() + " 時間以内に医療機関へ通知し、調査と再発防止に協力する。",
                        "The vendor notifies the hospital within " + terms.incidentNotificationHours() + " hours of "
                                + "learning of a security incident, or a suspected one, that concerns the remote "
                                + "maintenance, and cooperates in its investigation and in preventing it from "
                                + "happening again.")), false));
        clauses.add(new Clause(words.say("事業者のセキュリティ上の義務", "Security obligations of the vendor"),
                terms.vendorObligations(), true));
        clauses.add(new Clause(words.say("医療機関のセキュリティ上の義務", "Security obligations of the hospital"),
                terms.hospitalObligations(), true));
        clauses.add(new Clause(words.say("作業記録（ログ）の保存", "Retention of session records"), List.of(words.say(
                "事業者は、接続ごとの作業者、日時、接続先及び操作の記録を " + terms.logRetentionMonths()
                        + " か月保存し、医療機関の求めに応じて提出する。",
                "The vendor keeps the record of each session (who, when, which device and what was done) for "
                        + terms.logRetentionMonths() + " months and hands it over when the hospital asks.")), false));
        clauses.add(new Clause(words.say("医療情報の取扱い", "Handling of medical information"),
                List.of(medical(terms.medicalInformation(), words)), false));
        clauses.add(new Clause(words.say("再委託", "Subcontracting"), List.of(
                terms.subcontracting() == Subcontracting.NOT_ALLOWED
                        ? words.say("事業者は、リモート保守の全部又は一部を第三者に委託しない。",
                                "The vendor does not subcontract any part of the remote maintenance.")
                        : words.say("事業者は、医療機関の書面による事前の承諾を得た場合に限り再委託でき、再委託先に本合意書と同等の義務を負わせ、"
                                        + "その行為について責任を負う。",
                                "The vendor may subcontract only with the hospital's prior written consent, binds the "
                                        + "subcontractor to obligations equal to those of this agreement, and answers "
                                        + "for what the subcontractor does.")), false));
        clauses.add(new Clause(words.say("終了とデータの返却", "Termination and return of data"), List.of(
                words.say("いずれの当事者も、" + terms.terminationNoticeDays() + " 日前までに書面で通知して本合意を終了できる。",
                        "Either party may end this agreement by written notice given " + terms.terminationNoticeDays()
                                + " days in advance."),
                termination(terms.dataOnTermination(), words)), false));
        return new SlaDocument(words.say("リモート保守サービスレベル合意書", "Remote Maintenance Service Level Agreement"),
                words.say(terms.vendor() + "（事業者）と " + hospital + "（医療機関）",
                        terms.vendor() + " (vendor) and " + hospital + " (hospital)"),
                clauses, locale);
    }

    private static String medical(MedicalInformation handling, Words words) {
        return switch (handling) {
            case NO_ACCESS -> words.say("リモート保守の作業では医療情報を表示せず、複製もしない。",
                    "The remote maintenance neither shows nor copies medical information.");
            case VIEW_DURING_WORK -> words.say("作業中に医療情報が画面に表示されることはあるが、複製・保存・持出しはしない。知り得た情報は契約終了後も漏らさない。",
                    "Medical information may appear on screen during the work but is never copied, stored or taken "
                            + "out. What the vendor's staff learn stays confidential after the agreement ends.");
            case TAKE_OUT_WITH_APPROVAL -> words.say("解析のため医療情報を持ち出すときは、その都度医療機関の承認を得て暗号化し、"
                            + "目的を終えたら消去してその旨を報告する。",
                    "Medical information is taken out for analysis only with the hospital's approval each time, "
                            + "encrypted, and erased once its purpose is served, which the vendor then reports.");
        };
    }

    private static String termination(DataOnTermination data, Words words) {
        return switch (data) {
            case RETURN -> words.say("終了時、事業者は医療機関から預かったデータと認証情報をすべて返却する。",
                    "When the agreement ends, the vendor returns all data and credentials it holds for the hospital.");
            case DELETE_WITH_CERTIFICATE -> words.say("終了時、事業者は医療機関から預かったデータと認証情報をすべて消去し、消去証明書を提出する。",
                    "When the agreement ends, the vendor erases all data and credentials it holds for the hospital "
                            + "and hands over a certificate of erasure.");
            case RETURN_THEN_DELETE_WITH_CERTIFICATE -> words.say("終了時、事業者は医療機関から預かったデータを返却したうえで手元の複製と認証情報を消去し、"
                            + "消去証明書を提出する。",
                    "When the agreement ends, the vendor returns the data it holds for the hospital, then erases "
                            + "its copies and the credentials, and hands over a certificate of erasure.");
        };
    }

    /** Picks the sentence of the document's language. */
    private record Words(Locale locale) {

        String say(String ja, String en) {
            return new LocalizedText(ja, en).in(locale);
        }
    }
}
