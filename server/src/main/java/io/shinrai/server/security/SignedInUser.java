package io.shinrai.server.security;

import java.io.Serializable;
import java.util.UUID;

public record SignedInUser(UUID id, String email, String displayName, boolean platformAdmin)
        implements ShinraiPrincipal, Serializable {

    @Override
    public UUID actingUserId() {
        return id;
    }
}
