package io.shinrai.server.maintenance;

import java.time.Instant;
import java.util.UUID;

/**
 * A hospital terminal in a room whose entry is restricted by law and authenticated: signing in from its address
 * counts as two-factor for maintenance decisions, as the MHLW guideline allows.
 */
public record RestrictedTerminal(UUID id, UUID hospitalId, String address, String room, Instant recordedAt) {
}
