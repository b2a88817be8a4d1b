package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void aRequestInFlightFinishesWhenTheServerStops() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        RouteGroup slow = () -> List.of(ApiRoute.get("/api/v1/test/slow", Access.PUBLIC, Guard.anonymous(), ctx -> {
            entered.countDown();
            Thread.sleep(1500);
            ctx.result("finished");
        }));
        RunningApp app = RunningApp.start(RunningApp.environment(), slow);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> app.get("/api/v1/test/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        app.close();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
    }
}
