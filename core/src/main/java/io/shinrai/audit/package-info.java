/**
 * Audit messages as hospitals' systems send them (DICOM PS3.15 A.5 XML, FHIR AuditEvent JSON, both carried by
 * RFC 5424 syslog) and the SHA-256 hash chain that makes the kept records tamper-evident.
 */
package io.shinrai.audit;
