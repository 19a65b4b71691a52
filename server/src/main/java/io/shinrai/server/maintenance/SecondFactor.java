package io.shinrai.server.maintenance;

import io.shinrai.server.security.Authorities;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the caller counts as signed in with two factors for remote maintenance: the sign-in passed the second
 * factor, or, for a hospital's own people, it comes from a terminal the hospital recorded in a restricted-entry room.
 */
@Component
class SecondFactor {

    private final MaintenanceRepository repository;

    SecondFactor(MaintenanceRepository repository) {
        this.repository = repository;
    }

    boolean passed(HttpServletRequest request, UUID hospitalId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Authorities.has(authentication, Authorities.SECOND_FACTOR)
                || hospitalId != null && repository.isTerminal(hospitalId, request.getRemoteAddr());
    }

}
