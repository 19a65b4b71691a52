package io.shinrai.sbom;

/**
 * Receives an SBOM as it is read: each component and each relationship once, in file order, then the document
 * itself, whose parts may stand anywhere in the file. A read that ends in {@link InvalidSbomException} may already
 * have delivered some components; whoever stores them must discard them then, so that a failed import changes
 * nothing.
 */
public interface SbomVisitor {

    default void component(Component component) {
    }

    default void relationship(Relationship relationship) {
    }

    default void document(SbomDocument document) {
    }
}
