package io.shinrai.audit;

/** A syslog frame or message that breaks RFC 5424 or RFC 6587; the reason says where. */
public final class MalformedSyslogException extends Exception {

    public MalformedSyslogException(String reason) {
        super(reason);
    }
}
