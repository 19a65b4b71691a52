package io.shinrai.risk;

/** The threat and vulnerability levels of a row, before (inherent) or after (residual) its controls. */
public record Exposure(int threat, int vulnerability) {
}
