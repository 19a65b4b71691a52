package io.shinrai.vuln;

/** A text that is not a complete CVSS vector of the version it was given as. */
public class InvalidCvssException extends Exception {

    private final CvssRating.Version version;

    public InvalidCvssException(CvssRating.Version version, String text) {
        super("not a CVSS " + version.label() + " base vector: " + (text.length() > 120 ? text.substring(0, 120) + "..." : text));
        this.version = version;
    }

    public CvssRating.Version version() {
        return version;
    }
}
