package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;

/** Reads one format of SBOM as a stream, giving its parts to a visitor and returning the document when done. */
public sealed interface SbomReader permits CycloneDxJsonReader, CycloneDxXmlReader, SpdxJsonReader,
        SpdxTagValueReader, Spdx3JsonReader {

    SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException;
}
