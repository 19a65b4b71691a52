package io.shinrai.server.finding;

/** Why a component is not affected, in CycloneDX's justifications (CSAF's flags say the same in fewer words). */
public enum Justification {
    CODE_NOT_PRESENT, CODE_NOT_REACHABLE, REQUIRES_CONFIGURATION, REQUIRES_DEPENDENCY, REQUIRES_ENVIRONMENT,
    PROTECTED_BY_COMPILER, PROTECTED_AT_RUNTIME, PROTECTED_AT_PERIMETER, PROTECTED_BY_MITIGATING_CONTROL
}
