package io.shinrai.server.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The few authorities the security rules speak of; organisation roles are checked per request instead. */
public final class Authorities {

    /** Fully signed in through the web, with the second factor where one is needed. */
    public static final String USER = "USER";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** Password accepted, second factor still to come: only the two-factor pages are open. */
    public static final String PENDING_SECOND_FACTOR = "PENDING_SECOND_FACTOR";
    public static final String API = "API";
    /**
     * This sign-in passed the second factor. Remote maintenance asks for it: an enrolled account always passes it,
     * but a session signed in before enrolling must not count.
     */
    public static final String SECOND_FACTOR = "SECOND_FACTOR";

    private Authorities() {
    }

    static List<GrantedAuthority> signedIn(SignedInUser user) {
        return signedIn(user, false);
    }

    static List<GrantedAuthority> signedIn(SignedInUser user, boolean secondFactor) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(USER));
        if (secondFactor) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        }
        if (user.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
        }
        return authorities;
    }

    public static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
