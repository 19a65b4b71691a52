package io.shinrai.audit;

/**
 * What the event was about: a patient, a study, a query. typeCode and role are the numbers of DICOM PS3.15 A.5
 * (type 1 person with role 1 patient is how a patient is named).
 */
public record ParticipantObject(String id, Integer typeCode, Integer role, Code idType, String name) {

    public boolean isPatient() {
        return Integer.valueOf(1).equals(typeCode) && Integer.valueOf(1).equals(role);
    }
}
