package io.shinrai.audit;

/** A coded value as audit messages carry them: the code, the system it comes from, and text for people. */
public record Code(String code, String system, String text) {

    public static final String DCM = "DCM";

    public boolean is(String expectedSystem, String expectedCode) {
        return expectedCode.equals(code) && expectedSystem.equals(system);
    }

    @Override
    public String toString() {
        return text == null ? system + ":" + code : system + ":" + code + " (" + text + ")";
    }
}
