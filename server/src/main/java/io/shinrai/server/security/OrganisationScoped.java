package io.shinrai.server.security;

import io.shinrai.server.membership.OrgRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose path holds {@code {orgId}}: it runs only for members of that organisation holding at least
 * the given role (or API tokens of that organisation with such a role). Anyone else gets 404, so that another
 * tenant's objects cannot even be shown to exist; members with too small a role get 403.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationScoped {

    OrgRole value();
}
