package io.shinrai.server.security;

import java.util.UUID;

/** Whoever is behind a request: a person signed in through the web, or an automation holding an API token. */
public sealed interface ShinraiPrincipal permits SignedInUser, ApiClient {

    /** The user whose account acts, or for a token, the user who created it. */
    UUID actingUserId();

    /** The name written into the activity log. */
    String displayName();
}
