package io.shinrai.server.inventory;

import java.util.UUID;

/**
 * Published inside the transaction that removes a system from a hospital's ledger, before its row goes, so that
 * what other features keep about the system can go with it.
 */
public record SystemRemoved(UUID hospitalId, UUID systemId) {
}
