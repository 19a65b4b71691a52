/**
 * ISMS risk assessment of remote services: the risk method an organisation chooses (scales, formula, acceptance
 * tiers), assessments built on a frozen copy of it, the ISO/IEC 27001:2022 Annex A controls and the Statement of
 * Applicability derived from an assessment.
 */
package io.shinrai.risk;
