package com.pakashop.bootstrap.config;

/** One thing wrong with the environment, naming the variable to fix. */
public record ConfigProblem(String variable, String message) {
    @Override
    public String toString() {
        return variable + ": " + message;
    }
}
