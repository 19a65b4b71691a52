package io.shinrai.vuln;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a product is not affected: CycloneDX's justifications and CSAF 2.0's flag labels (the CISA VEX status
 * justifications), each written in the other format as its nearest counterpart.
 */
public enum VexJustification {
    CODE_NOT_PRESENT("code_not_present", "vulnerable_code_not_present"),
    CODE_NOT_REACHABLE("code_not_reachable", "vulnerable_code_not_in_execute_path"),
    REQUIRES_CONFIGURATION("requires_configuration", "vulnerable_code_cannot_be_controlled_by_adversary"),
    REQUIRES_DEPENDENCY("requires_dependency", "component_not_present"),
    REQUIRES_ENVIRONMENT("requires_environment", "vulnerable_code_cannot_be_controlled_by_adversary"),
    PROTECTED_BY_COMPILER("protected_by_compiler", "inline_mitigations_already_exist"),
    PROTECTED_AT_RUNTIME("protected_at_runtime", "inline_mitigations_already_exist"),
    PROTECTED_AT_PERIMETER("protected_at_perimeter", "inline_mitigations_already_exist"),
    PROTECTED_BY_MITIGATING_CONTROL("protected_by_mitigating_control", "inline_mitigations_already_exist"),
    COMPONENT_NOT_PRESENT("requires_dependency", "component_not_present"),
    VULNERABLE_CODE_NOT_PRESENT("code_not_present", "vulnerable_code_not_present"),
    VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY("requires_environment",
            "vulnerable_code_cannot_be_controlled_by_adversary"),
    VULNERABLE_CODE_NOT_IN_EXECUTE_PATH("code_not_reachable", "vulnerable_code_not_in_execute_path"),
    INLINE_MITIGATIONS_ALREADY_EXIST("protected_by_mitigating_control", "inline_mitigations_already_exist");

    private final String cycloneDx;
    private final String csafLabel;

    VexJustification(String cycloneDx, String csafLabel) {
        this.cycloneDx = cycloneDx;
        this.csafLabel = csafLabel;
    }

    public String cycloneDx() {
        return cycloneDx;
    }

    public String csafLabel() {
        return csafLabel;
    }

    /** CycloneDX's own justifications, the ones a form offers. */
    public static List<VexJustification> cycloneDxValues() {
        return Arrays.asList(values()).subList(0, COMPONENT_NOT_PRESENT.ordinal());
    }

    /** CycloneDX's own justifications are the first nine constants. */
    public static Optional<VexJustification> ofCycloneDx(String justification) {
        for (int i = 0; i < COMPONENT_NOT_PRESENT.ordinal(); i++) {
            if (values()[i].cycloneDx.equals(justification)) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }

    /** CSAF's five labels are the last five constants. */
    public static Optional<VexJustification> ofCsafLabel(String label) {
        for (int i = COMPONENT_NOT_PRESENT.ordinal(); i < values().length; i++) {
            if (values()[i].csafLabel.equals(label)) {
                return Optional.of(values()[i]);
            }
        }
        return Optional.empty();
    }
}
