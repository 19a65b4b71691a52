package io.shinrai.sbom;

import java.util.ArrayList;
import java.util.List;

/** The problems a read has found so far; the hundredth ends the read, so a hostile file cannot make the list grow. */
final class Problems {

    static final int LIMIT = 100;

    private final List<SbomProblem> found = new ArrayList<>();

    void add(ProblemPlace place, SbomProblem.Kind kind, String detail) throws InvalidSbomException {
        found.add(new SbomProblem(place, kind, detail));
        if (found.size() == LIMIT) {
            found.add(new SbomProblem(new ProblemPlace.WholeFile(), SbomProblem.Kind.TOO_MANY_PROBLEMS,
                    String.valueOf(LIMIT)));
            throw new InvalidSbomException(found);
        }
    }

    /** Ends the read at once with what was found and this last problem, which reading cannot go past. */
    InvalidSbomException fatal(ProblemPlace place, SbomProblem.Kind kind, String detail) {
        found.add(new SbomProblem(place, kind, detail));
        return new InvalidSbomException(found);
    }

    void throwIfAny() throws InvalidSbomException {
        if (!found.isEmpty()) {
            throw new InvalidSbomException(found);
        }
    }
}
