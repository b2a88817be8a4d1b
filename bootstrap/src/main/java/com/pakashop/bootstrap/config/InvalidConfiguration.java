package com.pakashop.bootstrap.config;

import java.util.List;
import java.util.stream.Collectors;

/** Start-up refused: every problem found, reported together so an operator fixes them in one go. */
public final class InvalidConfiguration extends RuntimeException {
    private final List<ConfigProblem> problems;
    private final List<ResolvedSetting> resolved;

    public InvalidConfiguration(List<ConfigProblem> problems, List<ResolvedSetting> resolved) {
        super("Configuration has " + problems.size() + " problem(s):\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.resolved = List.copyOf(resolved);
    }

    /** What could be resolved despite the problems, secrets masked, for {@code config check}. */
    public List<ResolvedSetting> resolved() {
        return resolved;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
