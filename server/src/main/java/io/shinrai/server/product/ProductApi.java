package io.shinrai.server.product;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Products and versions for build pipelines: a release pipeline registers the version it built, then uploads its
 * SBOM to {@code /versions/{versionId}/sbom}.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/products")
@Tag(name = "SBOM")
class ProductApi {

    private final Products products;

    ProductApi(Products products) {
        this.products = products;
    }

    record ProductEntry(UUID id, String name, List<ProductVersion> versions) {
    }

    @GetMapping
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "The organisation's products with their versions and lifecycle dates")
    List<ProductEntry> list(@PathVariable UUID orgId) {
        return products.of(orgId).stream().map(product -> new ProductEntry(product.id(), product.name(),
                products.versions(orgId, product.id()))).toList();
    }

    @PostMapping("/{productId}/versions")
    @OrganisationScoped(OrgRole.EDITOR)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a version with its lifecycle dates (409 when it exists)")
    ProductVersion addVersion(@PathVariable UUID orgId, @PathVariable UUID productId,
                              @Valid @RequestBody VersionForm version) {
        return products.addVersion(orgId, productId, version.version().strip(), version.lifecycle());
    }
}
