package io.shinrai.server.product;

import java.time.Instant;
import java.util.UUID;

/** One version of a product, as hospitals install it, with its lifecycle dates. */
public record ProductVersion(UUID id, UUID productId, String version, Lifecycle lifecycle, Instant createdAt) {
}
