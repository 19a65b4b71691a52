/**
 * Remote services of a vendor and their ISMS risk assessments (JESRA TR-0034, ISO/TS 11633-1): the organisation's
 * risk methods, assessments built on a frozen copy of one, their review, the Statement of Applicability, and the
 * workbook and PDF they travel as. The rules live in {@code io.shinrai.risk}; this package keeps and shows them.
 */
package io.shinrai.server.riskassessment;
