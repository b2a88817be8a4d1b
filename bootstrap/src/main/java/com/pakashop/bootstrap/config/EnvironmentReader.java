package com.pakashop.bootstrap.config;

import com.pakashop.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads variables one by one, remembering how each was resolved and collecting every problem
 * instead of stopping at the first, so start-up can report them all together.
 */
final class EnvironmentReader {
    private final Map<String, String> environment;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<ResolvedSetting> resolved = new ArrayList<>();

    EnvironmentReader(Map<String, String> environment) {
        this.environment = environment;
    }

    Optional<String> raw(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    Optional<String> text(String variable) {
        Optional<String> value = raw(variable);
        record(variable, value.orElse(""), value.isPresent() ? ResolvedSetting.Origin.ENVIRONMENT : ResolvedSetting.Origin.UNSET);
        return value;
    }

    String text(String variable, String fallback) {
        Optional<String> value = raw(variable);
        record(variable, value.orElse(fallback), value.isPresent() ? ResolvedSetting.Origin.ENVIRONMENT : ResolvedSetting.Origin.DEFAULT);
        return value.orElse(fallback);
    }

    Optional<Secret> secret(String variable) {
        Optional<Secret> value = raw(variable).map(Secret::new);
        record(variable, value.map(Secret::masked).orElse(""),
                value.isPresent() ? ResolvedSetting.Origin.ENVIRONMENT : ResolvedSetting.Origin.UNSET);
        return value;
    }

    long number(String variable, long fallback, long min, long max) {
        return parsed(variable, fallback, text -> {
            long n = Long.parseLong(text);
            return n < min || n > max ? null : n;
        }, "must be a whole number from " + min + " to " + max);
    }

    double decimal(String variable, double fallback, double min, double max) {
        return parsed(variable, fallback, text -> {
            double d = Double.parseDouble(text);
            return !Double.isFinite(d) || d < min || d > max ? null : d;
        }, "must be a number from " + min + " to " + max);
    }

    boolean flag(String variable, boolean fallback) {
        return parsed(variable, fallback, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> null;
        }, "must be true or false");
    }

    <T> T parsed(String variable, T fallback, Function<String, T> parser, String rule) {
        Optional<String> value = raw(variable);
        if (value.isEmpty()) {
            record(variable, String.valueOf(fallback), ResolvedSetting.Origin.DEFAULT);
            return fallback;
        }
        T result;
        try {
            result = parser.apply(value.get());
        } catch (RuntimeException e) {
            result = null;
        }
        if (result == null) {
            problem(variable, rule + " (got '" + value.get() + "')");
            record(variable, value.get(), ResolvedSetting.Origin.ENVIRONMENT);
            return fallback;
        }
        record(variable, String.valueOf(result), ResolvedSetting.Origin.ENVIRONMENT);
        return result;
    }

    /** Shows an accepted value in its human form (money with its currency) while keeping where it came from. */
    void reshow(String variable, String shown) {
        resolved.stream().filter(s -> s.variable().equals(variable)).findFirst()
                .filter(s -> problems.stream().noneMatch(p -> p.variable().equals(variable)))
                .ifPresent(s -> record(variable, shown, s.origin()));
    }

    void problem(String variable, String message) {
        problems.add(new ConfigProblem(variable, message));
    }

    void record(String variable, String shown, ResolvedSetting.Origin origin) {
        resolved.removeIf(s -> s.variable().equals(variable));
        resolved.add(new ResolvedSetting(variable, shown, origin));
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    List<ResolvedSetting> resolved() {
        return List.copyOf(resolved);
    }

    /** An http(s) base URL without a trailing slash. */
    Optional<String> url(String variable) {
        Optional<String> url = text(variable).map(text -> text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        url.filter(text -> !text.startsWith("http://") && !text.startsWith("https://"))
                .ifPresent(text -> problem(variable, "must be an http:// or https:// URL"));
        return url;
    }

    /**
     * {@code name=value} pairs separated by commas, laid over the defaults; a malformed pair is a
     * problem naming the variable.
     */
    <T> Map<String, T> pairs(String variable, Map<String, T> defaults,
                             Function<String, T> value, String rule) {
        Map<String, T> merged = new TreeMap<>(defaults);
        Map<String, T> given = parsed(variable, Map.<String, T>of(), text -> {
            Map<String, T> read = new TreeMap<>();
            for (String pair : text.split(",")) {
                String[] parts = pair.strip().split("=");
                if (parts.length != 2 || parts[0].isBlank()) {
                    return null;
                }
                read.put(parts[0].strip(), value.apply(parts[1].strip()));
            }
            return read;
        }, "must be " + rule);
        merged.putAll(given);
        return merged;
    }

    LocalTime timeOfDay(String variable, String fallback) {
        return parsed(variable, LocalTime.parse(fallback), text -> text.matches("([01]\\d|2[0-3]):[0-5]\\d")
                ? LocalTime.parse(text) : null, "must be a time of day such as " + fallback + " (Africa/Lusaka)");
    }

    /** An amount in kwacha with at most two decimals, as ngwee; shown as config check shows money, {@code 25.00 ZMW}. */
    long kwacha(String variable, long fallbackNgwee) {
        long ngwee = parsed(variable, fallbackNgwee,
                text -> text.matches("\\d{1,6}(\\.\\d{1,2})?")
                        ? new BigDecimal(text).movePointRight(2).longValueExact() : null,
                "must be an amount in kwacha such as 25.00");
        reshow(variable, Money.zmw(ngwee).toDecimalString() + " ZMW");
        return ngwee;
    }
}
