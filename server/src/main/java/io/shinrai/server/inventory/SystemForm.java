package io.shinrai.server.inventory;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form for one system of the ledger; blank fields are kept as not given, an unticked box as no. */
record SystemForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String name,
                  @NotNull(message = "{validation.required}") SystemCategory category,
                  @Size(max = 200) String vendor,
                  @Size(max = 200) String product,
                  @Size(max = 100) String productVersion,
                  @Size(max = 200) String department,
                  @Size(max = 200) String location,
                  @Size(max = 100) String networkSegment,
                  Boolean remoteMaintenance,
                  @Size(max = 200) String remoteMethod,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate installedOn,
                  @Size(max = 200) String owner) {

    static SystemForm of(LedgerEntry entry) {
        return new SystemForm(entry.name(), entry.category(), entry.vendor(), entry.product(),
                entry.productVersion(), entry.department(), entry.location(), entry.networkSegment(),
                entry.remoteMaintenance(), entry.remoteMethod(), entry.installedOn(), entry.owner());
    }

    static SystemForm empty() {
        return new SystemForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    LedgerEntry entry() {
        return new LedgerEntry(name.strip(), category, given(vendor), given(product), given(productVersion),
                given(department), given(location), given(networkSegment), Boolean.TRUE.equals(remoteMaintenance),
                given(remoteMethod), installedOn, given(owner));
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
