package io.shinrai.vuln;

import com.github.packageurl.PackageURL;

/** What a VEX statement is about. */
public sealed interface VexSubject {

    /** A package by its package URL; without a version, every version of it. */
    record Package(PackageURL purl) implements VexSubject {
        @Override
        public String toString() {
            return purl.canonicalize();
        }
    }

    /**
     * A component by the name the SBOM it is about gives it (a CycloneDX bom-ref, the part after {@code #} of a
     * BOM-Link), since the VEX document itself does not say what it is.
     */
    record Reference(String ref) implements VexSubject {
        @Override
        public String toString() {
            return ref;
        }
    }

    /** The product the VEX document is about as a whole (CycloneDX {@code metadata.component}, a CSAF product). */
    record Product(String name, String version) implements VexSubject {
        @Override
        public String toString() {
            return version == null ? name : name + " " + version;
        }
    }
}
