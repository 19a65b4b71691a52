/**
 * The audit record repository: receives audit messages (REST, syslog), keeps them in the hash chain of
 * {@link io.shinrai.audit.AuditChain}, signs checkpoints, verifies, prunes with signed deletion markers, and
 * answers queries.
 */
package io.shinrai.server.audit;
