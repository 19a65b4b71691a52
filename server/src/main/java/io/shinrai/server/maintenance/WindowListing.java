package io.shinrai.server.maintenance;

/** A window with the names people read beside it. */
public record WindowListing(MaintenanceWindow window, String systemName, String hospitalName, String vendorName,
                            String requesterName, String deciderName, int liveConnections) {
}
