package io.shinrai.relay;

/** Decides, once per connection, whether a token opens a way to a target now. */
@FunctionalInterface
public interface RelayGate {

    /**
     * Called once per presented token; a gate that admits must not admit the same token again.
     *
     * @param source the client's address as host:port
     */
    Admission admit(String token, String source);
}
