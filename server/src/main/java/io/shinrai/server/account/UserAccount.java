package io.shinrai.server.account;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in. The TOTP secret is present once two-factor sign-in has been set up. */
public record UserAccount(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        boolean platformAdmin,
        String totpSecret,
        long totpLastStep,
        Instant lockedUntil,
        int sessionGeneration,
        Instant createdAt) {

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
