package io.shinrai.server.psirt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How many reports the public intake takes: a few an hour from one address, and a ceiling for everyone together so
 * that a flood from many addresses cannot bury the team. Kept in memory; a restart forgives everyone.
 */
@Component
class IntakeLimit {

    static final int PER_ADDRESS = 5;
    static final int IN_ALL = 200;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    IntakeLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a report from the address if it is still within the limits; otherwise counts nothing. */
    synchronized boolean admit(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        forgetBefore(since);
        Deque<Instant> fromAddress = byAddress.computeIfAbsent(address, ignored -> new ArrayDeque<>());
        if (fromAddress.size() >= PER_ADDRESS || all.size() >= IN_ALL) {
            return false;
        }
        fromAddress.addLast(now);
        all.addLast(now);
        return true;
    }

    /** Drops what left the window; with at most {@link #IN_ALL} reports in it, the addresses stay as few. */
    private void forgetBefore(Instant since) {
        while (!all.isEmpty() && all.peekFirst().isBefore(since)) {
            all.removeFirst();
        }
        byAddress.values().forEach(times -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
        });
        byAddress.values().removeIf(Deque::isEmpty);
    }
}
