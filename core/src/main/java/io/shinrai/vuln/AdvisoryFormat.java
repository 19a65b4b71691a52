package io.shinrai.vuln;

import java.util.regex.Pattern;

/** The advisory formats read, told apart by the fields near the start of a file. */
enum AdvisoryFormat {
    OSV, NVD, CSAF, JVN, JVN_JSON, UNRECOGNISED;

    /** MyJVN's JSON, whose entries also name a {@code csaf_version}, by its category, schema or STIX object type. */
    private static final Pattern MYJVN = Pattern.compile("\"myjvn_security_advisory\"|myjvn_vuldef_|\"jvn-jp-sdo\"");
    private static final Pattern CSAF_VERSION = Pattern.compile("\"csaf_version\"\\s*:");
    private static final Pattern NVD_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"NVD_CVE\"|\"cve\"\\s*:\\s*\\{");
    private static final Pattern OSV_FIELDS = Pattern.compile("\"modified\"\\s*:");

    static AdvisoryFormat detect(String head) {
        String start = head.startsWith("\uFEFF") ? head.substring(1).stripLeading() : head.stripLeading();
        if (start.startsWith("<")) {
            return head.contains("VULDEF-Document") ? JVN : UNRECOGNISED;
        }
        if (!start.startsWith("{")) {
            return UNRECOGNISED;
        }
        if (MYJVN.matcher(head).find()) {
            return JVN_JSON;
        }
        if (CSAF_VERSION.matcher(head).find()) {
            return CSAF;
        }
        if (NVD_FORMAT.matcher(head).find()) {
            return NVD;
        }
        return OSV_FIELDS.matcher(head).find() ? OSV : UNRECOGNISED;
    }
}
