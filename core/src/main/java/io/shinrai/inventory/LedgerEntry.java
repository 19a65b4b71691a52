package io.shinrai.inventory;

import java.time.LocalDate;

/**
 * One line of a hospital's ledger of medical information systems (医療情報システム台帳), as kept and as exchanged
 * in Excel or CSV. Texts a person did not fill in are null.
 */
public record LedgerEntry(String name, SystemCategory category, String vendor, String product, String productVersion,
                          String department, String location, String networkSegment, boolean remoteMaintenance,
                          String remoteMethod, LocalDate installedOn, String owner) {
}
