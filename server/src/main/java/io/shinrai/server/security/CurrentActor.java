package io.shinrai.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of whoever makes the current request, as records of who did what show it. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The person's display name, {@code API: <token>} for a token, {@code system} for scheduled work. */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ShinraiPrincipal principal
                ? principal.displayName() : "system";
    }
}
