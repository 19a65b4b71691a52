package io.shinrai.server.maintenance;

import io.shinrai.server.activity.ActivityLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** What a vendor's engineer fills in to ask for a window; times as the hospital reads them, in Japan time. */
public record WindowRequest(@NotNull UUID systemId,
                            @NotBlank @Size(max = 1000) String purpose,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                            @NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.:\\-]+") String targetHost,
                            @NotNull @Min(1) @Max(65535) Integer targetPort,
                            @NotBlank @Size(max = 200) String method,
                            boolean emergency) {

    static WindowRequest empty() {
        return new WindowRequest(null, null, null, null, null, null, null, false);
    }

    Instant start() {
        return startsAt.atZone(ActivityLog.DISPLAY_ZONE).toInstant();
    }

    Instant end() {
        return endsAt.atZone(ActivityLog.DISPLAY_ZONE).toInstant();
    }
}
