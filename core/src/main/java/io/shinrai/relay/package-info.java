/**
 * The remote maintenance relay: a TLS listener that lets a vendor's connection through to one approved target, only
 * while its window is open, and reports what passed. Who may connect where is asked of a {@link
 * io.shinrai.relay.RelayGate}; the relay itself knows nothing of approvals or storage.
 */
package io.shinrai.relay;
