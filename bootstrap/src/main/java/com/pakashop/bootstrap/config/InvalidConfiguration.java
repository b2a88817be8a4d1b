package com.pakashop.bootstrap.config;

import java.util.List;
import java.util.stream.Collectors;

/** Start-up refused: every problem found, reported together so an operator fixes them in one go. */
public final class InvalidConfiguration extends RuntimeException {
    private final List<ConfigProblem> problems;

    public InvalidConfiguration(List<ConfigProblem> problems) {
        super("Configuration has " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
