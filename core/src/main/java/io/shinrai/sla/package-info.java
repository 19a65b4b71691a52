/**
 * The remote maintenance SLA (サービスレベル合意書) of a remote service: structured terms, the clauses they make in
 * Japanese or English, and the .docx and PDF the clauses are written as.
 */
package io.shinrai.sla;
