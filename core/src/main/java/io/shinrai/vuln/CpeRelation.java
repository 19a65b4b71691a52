package io.shinrai.vuln;

/** How a source CPE attribute relates to a target's, per NISTIR 7696 (CPE 2.3 Name Matching), table 6-2. */
public enum CpeRelation { SUPERSET, SUBSET, EQUAL, DISJOINT, UNDEFINED }
