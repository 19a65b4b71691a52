/**
 * Vulnerability advisories (OSV, NVD CVE JSON 2.0) read offline, indexed by package URL, and matched against the
 * components of what a hospital runs: by ecosystem-aware version ranges, or by CPE 2.3 where both sides have one.
 * Every finding names the advisory range or CPE criterion that matched.
 */
package io.shinrai.vuln;
