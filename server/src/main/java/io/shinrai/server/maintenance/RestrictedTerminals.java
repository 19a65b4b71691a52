package io.shinrai.server.maintenance;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hospital's record of terminals in restricted-entry rooms, by the address they reach Shinrai from. */
@Service
class RestrictedTerminals {

    /** Only literal addresses: a host name would make the check depend on a DNS lookup. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}");

    private final MaintenanceRepository repository;
    private final ActivityLog activity;
    private final Clock clock;

    RestrictedTerminals(MaintenanceRepository repository, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.activity = activity;
        this.clock = clock;
    }

    List<RestrictedTerminal> of(UUID hospitalId) {
        return repository.terminals(hospitalId);
    }

    @Transactional
    RestrictedTerminal record(UUID hospitalId, String address, String room, ShinraiPrincipal who) {
        String literal = literal(address);
        if (room == null || room.isBlank() || room.length() > 200) {
            throw new ConflictException("maintenance.terminalRoomMissing");
        }
        if (repository.isTerminal(hospitalId, literal)) {
            throw new ConflictException("maintenance.terminalExists");
        }
        RestrictedTerminal terminal = new RestrictedTerminal(UUID.randomUUID(), hospitalId, literal, room.strip(),
                clock.instant());
        repository.insertTerminal(terminal, who.actingUserId());
        activity.record(hospitalId, "maintenance.terminal-recorded",
                new ActivityLog.Target("maintenance-terminal", terminal.id().toString()), null, terminal);
        return terminal;
    }

    @Transactional
    void remove(UUID hospitalId, UUID terminalId) {
        if (!repository.deleteTerminal(hospitalId, terminalId)) {
            throw new NotFoundException();
        }
        activity.record(hospitalId, "maintenance.terminal-removed",
                new ActivityLog.Target("maintenance-terminal", terminalId.toString()), null, null);
    }

    /** The address as the servlet container reports remote addresses, so that the two compare equal. */
    private static String literal(String address) {
        String given = address == null ? "" : address.strip();
        if (!ADDRESS.matcher(given).matches()) {
            throw new ConflictException("maintenance.terminalAddressInvalid");
        }
        try {
            return InetAddress.getByName(given).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ConflictException("maintenance.terminalAddressInvalid");
        }
    }
}
