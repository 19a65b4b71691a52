package io.shinrai.vuln;

/** A text that is not a CPE 2.3 formatted string, and why. */
public class InvalidCpeException extends Exception {

    public InvalidCpeException(String text, String reason) {
        super("not a CPE 2.3 formatted string (" + reason + "): "
                + (text.length() > 120 ? text.substring(0, 120) + "..." : text));
    }
}
