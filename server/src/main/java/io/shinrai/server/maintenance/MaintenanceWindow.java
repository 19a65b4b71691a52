package io.shinrai.server.maintenance;

import java.time.Instant;
import java.util.UUID;

/** A vendor's window of remote maintenance on one system of a hospital, and the hospital's decision on it. */
public record MaintenanceWindow(UUID id, UUID hospitalId, UUID systemId, UUID vendorId, UUID requestedBy,
                                Instant requestedAt, String purpose, Instant startsAt, Instant endsAt,
                                String targetHost, int targetPort, String method, boolean emergency,
                                WindowStatus status, UUID decidedBy, Instant decidedAt) {

    /** Approved, or an emergency not yet decided: the relay may let connections through while the window is open. */
    public boolean cleared() {
        return status == WindowStatus.APPROVED || status == WindowStatus.REQUESTED && emergency;
    }

    public boolean openAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt) || status == WindowStatus.REJECTED || status == WindowStatus.STOPPED;
    }

    public boolean awaitingDecision() {
        return status == WindowStatus.REQUESTED;
    }

    public String target() {
        return "tcp://" + (targetHost.contains(":") ? "[" + targetHost + "]" : targetHost) + ":" + targetPort;
    }

    MaintenanceWindow decided(WindowStatus decision, UUID by, Instant at) {
        return new MaintenanceWindow(id, hospitalId, systemId, vendorId, requestedBy, requestedAt, purpose, startsAt,
                endsAt, targetHost, targetPort, method, emergency, decision, by, at);
    }
}
