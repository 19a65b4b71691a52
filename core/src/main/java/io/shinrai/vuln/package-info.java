/**
 * Vulnerability advisories (OSV, NVD CVE JSON 2.0, CSAF 2.0, JVN VULDEF XML) read offline, indexed by package URL,
 * and matched against the components of what a hospital runs: by ecosystem-aware version ranges, or by CPE 2.3 where
 * both sides have one. Every finding names the advisory range or CPE criterion that matched. VEX statements
 * (CycloneDX and CSAF) label the findings and take off those the vendor says are not affected; CSAF 2.0 documents are
 * written and validated for publishing.
 */
package io.shinrai.vuln;
