package io.shinrai.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one audit message says, whatever format it came in. A message that failed validation may lack parts: a
 * missing value is null rather than a guess, so that nothing is reported that the sender did not say.
 */
public record AuditMessage(Code eventId, String action, Instant eventTime, Outcome outcome, List<Code> eventTypes,
        List<ActiveParticipant> participants, AuditSource source, List<ParticipantObject> objects) {

    public AuditMessage {
        eventTypes = List.copyOf(eventTypes);
        participants = List.copyOf(participants);
        objects = List.copyOf(objects);
    }

    /** The participant who started the event, else the first one. */
    public Optional<ActiveParticipant> requestor() {
        return participants.stream().filter(ActiveParticipant::requestor).findFirst()
                .or(() -> participants.stream().findFirst());
    }

    public List<ParticipantObject> patients() {
        return objects.stream().filter(ParticipantObject::isPatient).toList();
    }
}
