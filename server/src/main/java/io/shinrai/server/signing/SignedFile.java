package io.shinrai.server.signing;

import io.shinrai.crypto.SignedContainer;
import io.shinrai.crypto.SignedContainer.Problem;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What someone uploads to have a signature checked: a signed container alone, or a document with its detached
 * signature. A container that cannot be read leaves only the problem.
 */
record SignedFile(String documentName, byte[] document, byte[] signature, Optional<Problem> problem) {

    static SignedFile of(MultipartFile file, MultipartFile signature) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "upload");
        if (signature != null && !signature.isEmpty()) {
            return new SignedFile(name, file.getBytes(), signature.getBytes(), Optional.empty());
        }
        try {
            SignedContainer container = SignedContainer.read(file.getBytes());
            return new SignedFile(container.documentName(), container.document(), container.signature(),
                    Optional.empty());
        } catch (SignedContainer.UnusableContainerException unusable) {
            return new SignedFile(name, new byte[0], new byte[0], Optional.of(unusable.problem()));
        }
    }
}
