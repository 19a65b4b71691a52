package io.shinrai.server.maintenance;

import io.shinrai.relay.Admission;
import io.shinrai.relay.RelayGate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The relay's gate: a token opens one connection, once, before it expires, to the target of its window, while that
 * window is cleared and open. The reason of a refusal is told to the client, so it says what is wrong with the
 * token or the window but nothing about other hospitals.
 */
@Component
class RelayAdmissions implements RelayGate {

    private final MaintenanceRepository repository;
    private final Clock clock;

    RelayAdmissions(MaintenanceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Admission admit(String token, String source) {
        String hash = MaintenanceWindows.hash(token);
        Optional<MaintenanceRepository.IssuedToken> issued = repository.token(hash);
        if (issued.isEmpty()) {
            return new Admission.Refused("unknown-token");
        }
        MaintenanceRepository.IssuedToken found = issued.get();
        Instant now = clock.instant();
        if (found.usedAt() != null) {
            return new Admission.Refused("used");
        }
        if (!now.isBefore(found.expiresAt())) {
            return new Admission.Refused("expired");
        }
        MaintenanceWindow window = repository.find(found.windowId()).orElseThrow();
        if (!window.cleared()) {
            return new Admission.Refused(window.status() == WindowStatus.REQUESTED ? "not-approved"
                    : window.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (now.isBefore(window.startsAt())) {
            return new Admission.Refused("not-yet-open");
        }
        if (!now.isBefore(window.endsAt())) {
            return new Admission.Refused("window-ended");
        }
        if (!repository.useToken(hash, now)) {
            return new Admission.Refused("used");
        }
        return new Admission.Admitted(window.id().toString(), found.issuedTo().toString(), window.targetHost(),
                window.targetPort(), window.endsAt());
    }
}
