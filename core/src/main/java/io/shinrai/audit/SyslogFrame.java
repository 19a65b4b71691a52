package io.shinrai.audit;

/** What a syslog stream holds next: a message's bytes, or a message too large to keep, which was skipped. */
public sealed interface SyslogFrame {

    record Message(byte[] bytes) implements SyslogFrame {
    }

    record Oversized(long length) implements SyslogFrame {
    }
}
