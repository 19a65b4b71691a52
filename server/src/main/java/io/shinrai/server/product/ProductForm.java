package io.shinrai.server.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ProductForm(@NotBlank(message = "{validation.required}") @Size(max = 200) String name) {
}
