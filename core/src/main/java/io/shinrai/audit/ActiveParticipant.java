package io.shinrai.audit;

import java.util.List;

/** A person or process that took part in an audited event; networkAccessPoint is where it acted from. */
public record ActiveParticipant(String userId, String alternativeUserId, String userName, boolean requestor,
        String networkAccessPoint, List<Code> roles) {

    public ActiveParticipant {
        roles = List.copyOf(roles);
    }
}
