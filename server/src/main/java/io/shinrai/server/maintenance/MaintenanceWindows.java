package io.shinrai.server.maintenance;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests, decisions, stops and tokens of maintenance windows, each on the activity log. */
@Service
public class MaintenanceWindows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MaintenanceRepository repository;
    private final MaintenanceProperties properties;
    private final MaintenanceRelay relay;
    private final ActivityLog activity;
    private final Clock clock;

    MaintenanceWindows(MaintenanceRepository repository, MaintenanceProperties properties, MaintenanceRelay relay,
                       ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.relay = relay;
        this.activity = activity;
        this.clock = clock;
    }

    public List<WindowListing> of(UUID organisationId) {
        return repository.of(organisationId);
    }

    /** The window if the organisation is its hospital or its vendor; to anyone else it does not exist. */
    public WindowListing get(UUID organisationId, UUID windowId) {
        return repository.listing(windowId)
                .filter(listing -> listing.window().hospitalId().equals(organisationId)
                        || listing.window().vendorId().equals(organisationId))
                .orElseThrow(NotFoundException::new);
    }

    public List<RelayedSession> connections(UUID windowId) {
        return repository.connections(windowId);
    }

    public List<MaintainedSystem> maintainedBy(UUID vendorId) {
        return repository.maintainedBy(vendorId);
    }

    @Transactional
    public MaintenanceWindow request(UUID vendorId, ShinraiPrincipal engineer, WindowRequest request) {
        MaintainedSystem system = maintainedBy(vendorId).stream()
                .filter(candidate -> candidate.id().equals(request.systemId())).findFirst()
                .orElseThrow(() -> new ConflictException("maintenance.systemNotMaintained"));
        Instant now = clock.instant();
        if (!request.end().isAfter(request.start())) {
            throw new ConflictException("maintenance.endBeforeStart");
        }
        if (!request.end().isAfter(now)) {
            throw new ConflictException("maintenance.endInPast");
        }
        MaintenanceWindow window = new MaintenanceWindow(UUID.randomUUID(), system.hospitalId(), system.id(), vendorId,
                engineer.actingUserId(), now, request.purpose().strip(), request.start(), request.end(),
                request.targetHost(), request.targetPort(), request.method().strip(), request.emergency(),
                WindowStatus.REQUESTED, null, null);
        repository.insert(window);
        String action = window.emergency() ? "maintenance.requested-emergency" : "maintenance.requested";
        activity.record(vendorId, action, target(window), null, window);
        activity.record(system.hospitalId(), action, target(window), null, window);
        return window;
    }

    /** The hospital approves or rejects a request; for an emergency window this is the review after the fact. */
    @Transactional
    public MaintenanceWindow decide(UUID hospitalId, UUID windowId, boolean approve, ShinraiPrincipal who) {
        MaintenanceWindow window = ofHospital(hospitalId, windowId);
        if (!window.awaitingDecision()) {
            throw new ConflictException("maintenance.alreadyDecided");
        }
        MaintenanceWindow decided = window.decided(approve ? WindowStatus.APPROVED : WindowStatus.REJECTED,
                who.actingUserId(), clock.instant());
        if (!repository.decide(decided, WindowStatus.REQUESTED)) {
            throw new ConflictException("maintenance.alreadyDecided");
        }
        activity.record(hospitalId, approve ? "maintenance.approved" : "maintenance.rejected", target(window),
                window.status(), decided.status());
        if (!approve) {
            relay.stop(windowId);
        }
        return decided;
    }

    /** The emergency stop: the window is closed for good and every live connection of it is cut now. */
    @Transactional
    public MaintenanceWindow stop(UUID hospitalId, UUID windowId, ShinraiPrincipal who) {
        MaintenanceWindow window = ofHospital(hospitalId, windowId);
        if (window.status() == WindowStatus.STOPPED || window.status() == WindowStatus.REJECTED) {
            throw new ConflictException("maintenance.alreadyClosed");
        }
        MaintenanceWindow stopped = window.decided(WindowStatus.STOPPED, who.actingUserId(), clock.instant());
        if (!repository.decide(stopped, window.status())) {
            throw new ConflictException("maintenance.alreadyClosed");
        }
        relay.stop(windowId);
        activity.record(hospitalId, "maintenance.stopped", target(window), window.status(), stopped.status());
        return stopped;
    }

    /** A one-time token for one connection through the relay; only its hash is kept. */
    @Transactional
    public IssuedToken issueToken(UUID vendorId, UUID windowId, ShinraiPrincipal engineer) {
        MaintenanceWindow window = visible(vendorId, windowId);
        if (!window.vendorId().equals(vendorId)) {
            throw new ConflictException("maintenance.vendorConnects");
        }
        Instant now = clock.instant();
        if (!window.cleared() || window.over(now)) {
            throw new ConflictException("maintenance.notCleared");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(properties.tokenValidity());
        if (expires.isAfter(window.endsAt())) {
            expires = window.endsAt();
        }
        repository.insertToken(hash(token), windowId, engineer.actingUserId(), now, expires);
        activity.record(vendorId, "maintenance.token-issued", target(window), null, null);
        return new IssuedToken(token, expires, properties.relayHost(), relay.port().orElse(null));
    }

    /** The token to show once, and where to present it. relayPort is null while the relay is off. */
    public record IssuedToken(String token, Instant expiresAt, String relayHost, Integer relayPort) {
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private MaintenanceWindow ofHospital(UUID hospitalId, UUID windowId) {
        MaintenanceWindow window = visible(hospitalId, windowId);
        if (!window.hospitalId().equals(hospitalId)) {
            throw new ConflictException("maintenance.hospitalDecides");
        }
        return window;
    }

    private MaintenanceWindow visible(UUID organisationId, UUID windowId) {
        return repository.find(windowId)
                .filter(found -> found.hospitalId().equals(organisationId) || found.vendorId().equals(organisationId))
                .orElseThrow(NotFoundException::new);
    }

    private static ActivityLog.Target target(MaintenanceWindow window) {
        return new ActivityLog.Target("maintenance-window", window.id().toString());
    }
}
