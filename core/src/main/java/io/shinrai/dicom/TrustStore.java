package io.shinrai.dicom;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates a verifier trusts. A signer's certificate is trusted when it is one of them or a PKIX path
 * leads from it to one of them; intermediate certificates may be given alongside. Revocation is not checked.
 */
public record TrustStore(List<X509Certificate> anchors, List<X509Certificate> intermediates) {

    public static final TrustStore EMPTY = new TrustStore(List.of(), List.of());

    public TrustStore {
        anchors = List.copyOf(anchors);
        intermediates = List.copyOf(intermediates);
    }

    public boolean trusts(X509Certificate certificate, Instant at) {
        if (anchors.contains(certificate)) {
            return true;
        }
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> trustAnchors = anchors.stream().map(anchor -> new TrustAnchor(anchor, null))
                    .collect(Collectors.toSet());
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, target);
            List<X509Certificate> known = new ArrayList<>(intermediates);
            known.add(certificate);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(known)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException noPath) {
            return false;
        }
    }
}
