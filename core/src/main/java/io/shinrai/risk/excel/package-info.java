/**
 * The assessment as an Excel workbook for people who review it outside the platform, and the risk list read back from
 * it: 方法と凡例, リスク一覧, the inherent and residual heat maps and 適用宣言書.
 */
package io.shinrai.risk.excel;
