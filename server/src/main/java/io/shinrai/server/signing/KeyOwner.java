package io.shinrai.server.signing;

import java.util.UUID;

/** The organisation on this platform that holds a signing key, and whether the key is still its current one. */
public record KeyOwner(UUID organisationId, String name, boolean current) {
}
