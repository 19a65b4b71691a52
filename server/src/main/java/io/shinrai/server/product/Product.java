package io.shinrai.server.product;

import java.time.Instant;
import java.util.UUID;

/** A product a manufacturer or service provider sells, under a name unique within the organisation. */
public record Product(UUID id, UUID organisationId, String name, Instant createdAt) {
}
