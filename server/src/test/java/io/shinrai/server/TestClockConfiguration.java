package io.shinrai.server;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    /** Every test context of the run works on the one database, so they all keep the one time too. */
    private static final MovableClock SHARED = new MovableClock();

    @Bean
    @Primary
    MovableClock movableClock() {
        return SHARED;
    }
}
