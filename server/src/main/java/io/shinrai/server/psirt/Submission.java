package io.shinrai.server.psirt;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a reporter fills in. {@code website} is never shown to people: a form filler that writes into every field
 * gives itself away there.
 */
public record Submission(@NotBlank(message = "{validation.required}") @Size(max = 200) String title,
                         @NotBlank(message = "{validation.required}") @Size(max = 200) String product,
                         @NotBlank(message = "{validation.required}")
                         @Size(min = 20, max = 20_000, message = "{psirt.descriptionLength}") String description,
                         @Size(max = 200) String reporterName,
                         @Email(message = "{validation.email}") @Size(max = 320) String reporterEmail,
                         String website) {

    boolean looksAutomated() {
        return website != null && !website.isEmpty();
    }
}
