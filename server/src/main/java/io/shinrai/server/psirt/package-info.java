/**
 * PSIRT intake: anyone reports a vulnerability to a manufacturer or service provider on a public page or through
 * the API, without an account, and follows it with a token; the organisation's team triages the report, scores it
 * in CVSS 4.0 and 3.1, names the affected versions and works to a deadline for each step.
 */
package io.shinrai.server.psirt;
