package io.shinrai.server.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A version and its lifecycle dates; for a version that exists, only the dates are read. */
record VersionForm(@NotBlank(message = "{validation.required}") @Size(max = 100) String version,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate releasedOn,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOfSales,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOfSupport,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOfLife) {

    static VersionForm of(ProductVersion version) {
        Lifecycle dates = version.lifecycle();
        return new VersionForm(version.version(), dates.releasedOn(), dates.endOfSales(), dates.endOfSupport(),
                dates.endOfLife());
    }

    static VersionForm empty() {
        return new VersionForm(null, null, null, null, null);
    }

    Lifecycle lifecycle() {
        return new Lifecycle(releasedOn, endOfSales, endOfSupport, endOfLife);
    }
}
