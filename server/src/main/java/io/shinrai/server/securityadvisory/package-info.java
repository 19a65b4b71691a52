/**
 * Security advisories a manufacturer or service provider writes about its own product versions, often from a PSIRT
 * report, and publishes as CSAF 2.0 documents: on a provider-metadata index that any CSAF tool, Shinrai's own
 * advisory import among them, can read, and to the hospitals that installed an affected version.
 */
package io.shinrai.server.securityadvisory;
