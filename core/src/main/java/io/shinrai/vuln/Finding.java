package io.shinrai.vuln;

/** A component affected by an advisory, and exactly what of the advisory matched. */
public record Finding(ComponentCoordinates component, Advisory advisory, Match match) {

    @Override
    public String toString() {
        return component + ": " + advisory.id() + " (" + match + ")";
    }
}
