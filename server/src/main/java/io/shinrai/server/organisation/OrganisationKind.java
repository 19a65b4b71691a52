package io.shinrai.server.organisation;

/** Who an organisation is on the platform; decides which features it sees. */
public enum OrganisationKind {
    MANUFACTURER,
    SERVICE_PROVIDER,
    HOSPITAL
}
