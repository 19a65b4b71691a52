-- An RFC 3161 time-stamp token over each checkpoint's signature, when a time-stamping authority is configured;
-- null until the authority has answered.
alter table audit_checkpoint add column time_stamp bytea;
