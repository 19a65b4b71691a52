/**
 * Remote maintenance (リモートメンテナンス): vendors request windows on systems of a hospital's ledger, the hospital
 * decides, and the relay lets an engineer who signed in with two factors through to the approved target only inside
 * the window, each connection on the audit trail as Remote Service Operation Started and Stopped.
 */
package io.shinrai.server.maintenance;
