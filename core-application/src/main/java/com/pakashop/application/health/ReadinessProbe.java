package com.pakashop.application.health;

/** One thing the service needs in order to serve; asked on every readiness check, so keep it cheap. */
public interface ReadinessProbe {

    String component();

    ComponentHealth check();
}
