package com.pakashop.application.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every probe; the service is ready when none of them is down. */
public final class CheckingReadiness {
    private final List<ReadinessProbe> probes;

    public CheckingReadiness(List<ReadinessProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    public Readiness check() {
        Map<String, ComponentHealth> components = new LinkedHashMap<>();
        for (ReadinessProbe probe : probes) {
            components.put(probe.component(), probe.check());
        }
        return new Readiness(components);
    }

    public record Readiness(Map<String, ComponentHealth> components) {
        public Readiness {
            components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }

        public boolean ready() {
            return components.values().stream().noneMatch(h -> h.status() == ComponentHealth.Status.DOWN);
        }

        public List<String> failing() {
            return components.entrySet().stream()
                    .filter(e -> e.getValue().status() == ComponentHealth.Status.DOWN)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
