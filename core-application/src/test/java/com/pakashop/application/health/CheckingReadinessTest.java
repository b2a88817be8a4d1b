package com.pakashop.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckingReadinessTest {

    @Test
    void notReadyWhenAnyComponentIsDownAndTheFailingOneIsNamed() {
        CheckingReadiness readiness = new CheckingReadiness(List.of(
                probe("database", ComponentHealth.down("not answering")),
                probe("redis", ComponentHealth.up("ok"))));

        CheckingReadiness.Readiness result = readiness.check();

        assertThat(result.ready()).isFalse();
        assertThat(result.failing()).containsExactly("database");
    }

    @Test
    void readyWhenEveryComponentIsUp() {
        CheckingReadiness readiness = new CheckingReadiness(List.of(
                probe("database", ComponentHealth.up("answering")),
                probe("redis", ComponentHealth.up("answering"))));

        assertThat(readiness.check().ready()).isTrue();
        assertThat(readiness.check().failing()).isEmpty();
    }

    private static ReadinessProbe probe(String name, ComponentHealth health) {
        return new ReadinessProbe() {
            @Override
            public String component() {
                return name;
            }

            @Override
            public ComponentHealth check() {
                return health;
            }
        };
    }
}
