package io.shinrai.relay;

import java.time.Duration;

/**
 * What keeps one client from holding the relay.
 *
 * @param connections        connections held at once in all
 * @param connectionsPerSource connections held at once from one address
 * @param greetingAllowance  time from accepting a connection to its greeting, TLS handshake included
 * @param connectTimeout     longest wait for the target to accept
 * @param sweepEvery         how often deadlines are checked; a connection is cut at most this late
 */
public record RelayLimits(int connections, int connectionsPerSource, Duration greetingAllowance,
                          Duration connectTimeout, Duration sweepEvery) {

    public static final RelayLimits DEFAULT = new RelayLimits(256, 32, Duration.ofSeconds(10),
            Duration.ofSeconds(5), Duration.ofSeconds(1));

    public RelayLimits {
        if (connections < 1 || connectionsPerSource < 1) {
            throw new IllegalArgumentException("the relay must hold at least one connection");
        }
    }
}
