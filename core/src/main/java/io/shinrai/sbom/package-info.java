/**
 * Software bills of materials as manufacturers deliver them: CycloneDX 1.2 to 1.6 (JSON and XML) and SPDX 2.2 and
 * 2.3 (JSON and tag-value), read as a stream so that a file of hundreds of thousands of components never sits in
 * memory at once ({@link io.shinrai.sbom.SbomFile}), and the NTIA minimum elements that a file has or lacks
 * ({@link io.shinrai.sbom.MinimumElementsReport}).
 */
package io.shinrai.sbom;
