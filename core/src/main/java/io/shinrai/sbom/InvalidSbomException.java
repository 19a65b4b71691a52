package io.shinrai.sbom;

import java.util.List;

/** An SBOM file that cannot be imported, with every problem found (up to a limit) and where. */
public class InvalidSbomException extends Exception {

    private final List<SbomProblem> problems;

    public InvalidSbomException(List<SbomProblem> problems) {
        super(problems.size() + " problem(s)\n  "
                + String.join("\n  ", problems.stream().map(problem -> problem.message().en()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<SbomProblem> problems() {
        return problems;
    }
}
