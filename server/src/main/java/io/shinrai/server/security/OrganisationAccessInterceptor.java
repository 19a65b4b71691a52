package io.shinrai.server.security;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.web.ForbiddenException;
import io.shinrai.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Enforces {@link OrganisationScoped} before the handler runs. */
@Component
public class OrganisationAccessInterceptor implements HandlerInterceptor {

    /** The request attribute holding the caller's role in the organisation of the path. */
    public static final String CALLER_ROLE = "shinrai.callerRole";

    private final OrganisationAccess access;

    OrganisationAccessInterceptor(OrganisationAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        OrganisationScoped scope = method.getMethodAnnotation(OrganisationScoped.class);
        if (scope == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        UUID organisationId = parse(variables == null ? null : variables.get("orgId"));
        OrgRole role = access.roleOfCaller(organisationId).orElseThrow(NotFoundException::new);
        if (!role.includes(scope.value())) {
            throw new ForbiddenException();
        }
        request.setAttribute(CALLER_ROLE, role);
        return true;
    }

    private static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}
