package io.shinrai.relay;

import java.time.Instant;

/** The gate's answer to a token: where the connection may go and until when, or why not. */
public sealed interface Admission {

    /**
     * @param session  the maintenance session the token belongs to; an emergency stop names it
     * @param holder   whom the gate issued the token to, reported back with the connection
     * @param closesAt when the approved window ends and the connection is cut
     */
    record Admitted(String session, String holder, String host, int port, Instant closesAt) implements Admission {
    }

    /** @param reason a short word the client is told and the log keeps, e.g. "expired" */
    record Refused(String reason) implements Admission {
    }
}
