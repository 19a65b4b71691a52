package io.shinrai.server.activity;

import io.shinrai.server.security.ShinraiPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change of state. A record joins the transaction of the change it describes, so a change is never
 * kept without its record, nor a record without its change.
 */
@Service
public class ActivityLog {

    /** Hospitals and vendors here work in Japan Standard Time: times are shown, and days filtered, there. */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Tokyo");

    private final ActivityRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityLog(ActivityRepository repository, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** Records a change made by whoever is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID organisationId, String action, Target target, Object before, Object after) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ShinraiPrincipal principal) {
            record(principal.actingUserId(), principal.displayName(), organisationId, action, target, before, after);
        } else {
            record(null, "system", organisationId, action, target, before, after);
        }
    }

    /** Records a change whose actor is known but not (yet) signed in, such as a failed or first sign-in. */
    @Transactional
    public void record(UUID actorId, String actorName, UUID organisationId, String action, Target target,
                       Object before, Object after) {
        ActivityEntry entry = new ActivityEntry(0, clock.instant(), organisationId, actorId, actorName, action,
                target == null ? null : target.type(), target == null ? null : target.id(),
                toJson(before), toJson(after), remoteAddress());
        repository.insert(entry);
        // listeners such as the audit trail hear of it; see io.shinrai.server.audit.ActivityAuditFeed
        events.publishEvent(entry);
    }

    public List<ActivityEntry> forOrganisation(UUID organisationId, ActivityFilter filter) {
        return repository.find(organisationId, filter, DISPLAY_ZONE, 500);
    }

    /** Sign-ins, account changes and platform administration, which belong to no single organisation. */
    public List<ActivityEntry> forPlatform(ActivityFilter filter) {
        return repository.find(null, filter, DISPLAY_ZONE, 500);
    }

    public List<String> actionsOf(UUID organisationId) {
        return repository.actions(organisationId);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** The object a change was made to. */
    public record Target(String type, String id) {

        public static Target of(String type, Object id) {
            return new Target(type, String.valueOf(id));
        }
    }
}
