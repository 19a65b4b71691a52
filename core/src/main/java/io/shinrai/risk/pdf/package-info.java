/** The PDF report of a risk assessment: method and legend, risk list, heat maps and Statement of Applicability. */
package io.shinrai.risk.pdf;
