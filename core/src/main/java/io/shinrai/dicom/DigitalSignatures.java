package io.shinrai.dicom;

import static io.shinrai.dicom.SignatureModule.CERTIFICATE_OF_SIGNER;
import static io.shinrai.dicom.SignatureModule.CERTIFICATE_TYPE;
import static io.shinrai.dicom.SignatureModule.CERTIFIED_TIMESTAMP;
import static io.shinrai.dicom.SignatureModule.CERTIFIED_TIMESTAMP_TYPE;
import static io.shinrai.dicom.SignatureModule.DATA_ELEMENTS_SIGNED;
import static io.shinrai.dicom.SignatureModule.DIGITAL_SIGNATURES;
import static io.shinrai.dicom.SignatureModule.MAC_ALGORITHM;
import static io.shinrai.dicom.SignatureModule.MAC_ID;
import static io.shinrai.dicom.SignatureModule.MAC_PARAMETERS;
import static io.shinrai.dicom.SignatureModule.MAC_TRANSFER_SYNTAX;
import static io.shinrai.dicom.SignatureModule.SIGNATURE;
import static io.shinrai.dicom.SignatureModule.SIGNATURE_DATE_TIME;
import static io.shinrai.dicom.SignatureModule.SIGNATURE_UID;

import io.shinrai.crypto.Signer;
import io.shinrai.crypto.TimeStamp;
import io.shinrai.crypto.TimeStampAuthority;
import io.shinrai.crypto.TimeStampException;
import io.shinrai.dicom.DataElement.Item;
import io.shinrai.dicom.DataElement.Sequence;
import io.shinrai.dicom.SignatureCheck.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Creates, verifies and removes DICOM digital signatures (PS3.15 Annex C, PS3.3 C.12.1.1.3). The MAC covers the
 * signed elements and then the signature's own item (without certificate, signature and timestamp), all in the
 * form {@link DataSetEncoder#forMac} writes, which is the byte stream DCMTK's dcmsign feeds to its MAC.
 */
public final class DigitalSignatures {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSSSSSxx").withZone(ZoneOffset.UTC);

    private DigitalSignatures() {
    }

    /** The file with one more signature; the original file object is left as it was. */
    public static Part10File sign(Part10File file, SignatureRequest request) throws SigningRefusedException {
        if (!request.mac().forNewSignatures()) {
            throw new SigningRefusedException(request.mac().definedTerm()
                    + " is accepted in signatures made elsewhere but not used for new ones; use SHA256, SHA384 or SHA512");
        }
        if (request.profile().requiresRsa() && request.key().scheme() != SignatureScheme.RSA) {
            throw new SigningRefusedException("the " + request.profile() + " profile asks for an RSA key, not "
                    + request.key().scheme().label());
        }
        TransferSyntax syntax = file.transferSyntax();
        Attributes target = at(file.dataSet(), request.location()).orElseThrow(() ->
                new SigningRefusedException("the file has no item at " + request.location()));
        Optional<String> refusal = request.profile().refusal(target, request.location());
        if (refusal.isPresent()) {
            throw new SigningRefusedException(refusal.get());
        }
        List<DataElement> signed = chooseSigned(target, request);

        SignatureModule module = new SignatureModule(syntax);
        int macId = nextMacId(target, module);
        List<DataElement> signatureElements = new ArrayList<>(List.of(
                module.unsignedShort(MAC_ID, macId),
                SignatureModule.text(SIGNATURE_UID, Vr.UI, newUid()),
                SignatureModule.text(SIGNATURE_DATE_TIME, Vr.DT, DATE_TIME.format(request.time())),
                SignatureModule.text(CERTIFICATE_TYPE, Vr.CS, SignatureModule.X509_CERTIFICATE),
                SignatureModule.bytes(CERTIFICATE_OF_SIGNER, encoded(request.key().certificate()))));
        request.purpose().ifPresent(purpose -> signatureElements.add(module.purposes(purpose)));
        Attributes signatureItem = new Attributes(signatureElements);
        byte[] signature;
        try {
            signature = request.key().scheme().sign(request.key().privateKey(), request.mac(),
                    macInput(signed, signatureItem, syntax));
        } catch (GeneralSecurityException e) {
            throw new SigningRefusedException("the key could not sign: " + e.getMessage());
        }
        signatureItem = signatureItem.with(SignatureModule.bytes(SIGNATURE, signature));
        if (request.timeStamping().isPresent()) {
            signatureItem = certifiedTimeStamp(signatureItem, request.timeStamping().get());
        }
        Attributes macParameters = new Attributes(List.of(
                module.unsignedShort(MAC_ID, macId),
                SignatureModule.text(MAC_TRANSFER_SYNTAX, Vr.UI, macSyntax(syntax).uid()),
                SignatureModule.text(MAC_ALGORITHM, Vr.CS, request.mac().definedTerm()),
                module.tags(DATA_ELEMENTS_SIGNED, signed.stream().map(DataElement::tag).toList())));
        Attributes signedTarget = appendItem(appendItem(target, MAC_PARAMETERS, macParameters),
                DIGITAL_SIGNATURES, signatureItem);
        return file.withDataSet(replace(file.dataSet(), request.location().steps(), 0, any -> signedTarget));
    }

    /** Adds the authority's token over the Digital Signature value as it is stored (PS3.3 C.12.1.1.3). */
    private static Attributes certifiedTimeStamp(Attributes signatureItem, TimeStampAuthority authority)
            throws SigningRefusedException {
        byte[] value = SignatureModule.bytes(signatureItem, SIGNATURE).orElseThrow();
        try {
            TimeStamp stamp = authority.stamp(value);
            return signatureItem
                    .with(SignatureModule.text(CERTIFIED_TIMESTAMP_TYPE, Vr.CS, SignatureModule.CMS_TIMESTAMP))
                    .with(SignatureModule.bytes(CERTIFIED_TIMESTAMP, stamp.token()));
        } catch (TimeStampException e) {
            throw new SigningRefusedException(e.getMessage());
        }
    }

    /** A verdict on every signature in the file, those in sequence items too, in the order they appear. */
    public static List<SignatureCheck> verify(Part10File file, TrustStore trust, Instant now) {
        List<SignatureCheck> checks = new ArrayList<>();
        verify(file.dataSet(), Location.DATA_SET, new SignatureModule(file.transferSyntax()), file.transferSyntax(),
                trust, now, checks);
        return checks;
    }

    /** The byte stream the MAC of a signature covers, for comparing with what another implementation computes. */
    public static byte[] macInput(Part10File file, Location location, String signatureUid)
            throws SigningRefusedException {
        Attributes attributes = at(file.dataSet(), location).orElseThrow(() ->
                new SigningRefusedException("the file has no item at " + location));
        SignatureModule module = new SignatureModule(file.transferSyntax());
        for (Item item : SignatureModule.items(attributes, DIGITAL_SIGNATURES)) {
            if (item.attributes().text(SIGNATURE_UID).orElse("").equals(signatureUid)) {
                List<Tag> tags = macParameters(attributes, item.attributes(), module)
                        .map(parameters -> module.tags(parameters, DATA_ELEMENTS_SIGNED)).orElse(List.of());
                return macInput(coveredElements(attributes, tags), item.attributes(), file.transferSyntax());
            }
        }
        throw new SigningRefusedException("no signature " + signatureUid + " at " + location);
    }

    public static Part10File removeAll(Part10File file) {
        return file.withDataSet(withoutSignatures(file.dataSet()));
    }

    /** The file without the signature of that UID, and without its MAC parameters when no other signature uses them. */
    public static Part10File remove(Part10File file, String signatureUid) {
        return file.withDataSet(without(file.dataSet(), signatureUid, new SignatureModule(file.transferSyntax())));
    }

    private static void verify(Attributes attributes, Location location, SignatureModule module,
            TransferSyntax syntax, TrustStore trust, Instant now, List<SignatureCheck> checks) {
        for (Item item : SignatureModule.items(attributes, DIGITAL_SIGNATURES)) {
            checks.add(check(attributes, item.attributes(), location, module, syntax, trust, now));
        }
        for (DataElement element : attributes.elements()) {
            if (element instanceof Sequence sequence && !sequence.tag().equals(DIGITAL_SIGNATURES)
                    && !sequence.tag().equals(MAC_PARAMETERS)) {
                for (int i = 0; i < sequence.items().size(); i++) {
                    verify(sequence.items().get(i).attributes(), location.then(sequence.tag(), i), module, syntax,
                            trust, now, checks);
                }
            }
        }
    }

    private static SignatureCheck check(Attributes attributes, Attributes signature, Location location,
            SignatureModule module, TransferSyntax syntax, TrustStore trust, Instant now) {
        String uid = signature.text(SIGNATURE_UID).orElse("");
        Optional<String> dateTime = signature.text(SIGNATURE_DATE_TIME);
        Optional<Attributes> parameters = macParameters(attributes, signature, module);
        if (parameters.isEmpty()) {
            return refused(location, uid, dateTime, "no MAC Parameters item has this signature's MAC ID Number");
        }
        List<Tag> tags = module.tags(parameters.get(), DATA_ELEMENTS_SIGNED);
        String macTerm = parameters.get().text(MAC_ALGORITHM).orElse("");
        Optional<MacAlgorithm> mac = MacAlgorithm.of(macTerm);
        if (mac.isEmpty()) {
            return refused(location, uid, dateTime, "unknown MAC algorithm \"" + macTerm + "\"");
        }
        String macSyntax = parameters.get().text(MAC_TRANSFER_SYNTAX).orElse("");
        if (!encodesAsExplicitLittle(TransferSyntax.of(macSyntax))) {
            return refused(location, uid, dateTime, "the MAC was calculated in transfer syntax " + macSyntax
                    + "; only Explicit VR Little Endian and the compressed syntaxes built on it are supported");
        }
        String certificateType = signature.text(CERTIFICATE_TYPE).orElse("");
        if (!certificateType.equals(SignatureModule.X509_CERTIFICATE)) {
            return refused(location, uid, dateTime, "unsupported certificate type \"" + certificateType + "\"");
        }
        Optional<X509Certificate> certificate = SignatureModule.bytes(signature, CERTIFICATE_OF_SIGNER)
                .flatMap(DigitalSignatures::certificate);
        if (certificate.isEmpty()) {
            return refused(location, uid, dateTime, "the Certificate of Signer is missing or not an X.509 certificate");
        }
        Optional<Signer> signer = Optional.of(Signer.of(certificate.get()));
        Optional<SignatureScheme> scheme = SignatureScheme.of(certificate.get().getPublicKey());
        Optional<TimeStamp.Verdict> timeStamp = SignatureModule.bytes(signature, CERTIFIED_TIMESTAMP)
                .map(token -> TimeStamp.verify(token, SignatureModule.bytes(signature, SIGNATURE).orElse(new byte[0]),
                        trust.anchors()));
        // a trusted time-stamp proves when the signature existed, so the certificate is judged at that time
        Instant judgedAt = timeStamp.filter(verdict -> verdict.outcome() == TimeStamp.Outcome.VALID)
                .flatMap(TimeStamp.Verdict::time).filter(time -> !validAt(certificate.get(), now)).orElse(now);
        List<DataElement> covered = coveredElements(attributes, tags);
        Outcome outcome;
        String reason;
        if (scheme.isEmpty()) {
            outcome = Outcome.INVALID;
            reason = "the certificate's key is of a kind DICOM signatures here do not use";
        } else if (covered.stream().anyMatch(element -> !SignatureModule.signable(element))) {
            outcome = Outcome.INVALID;
            reason = "the signature covers an element that cannot be signed (unknown VR or excluded tag)";
        } else if (!matches(scheme.get(), mac.get(), certificate.get(), signature,
                macInput(covered, signature, syntax))) {
            outcome = Outcome.INVALID;
            reason = "the signed elements changed since signing, or the signature does not match its certificate";
        } else if (timeStamp.isPresent() && !timeStamp.get().intact()) {
            outcome = Outcome.INVALID;
            reason = "the Certified Timestamp was not issued for this signature: " + timeStamp.get().outcome().reason();
        } else if (!validAt(certificate.get(), judgedAt)) {
            outcome = Outcome.EXPIRED;
            reason = "the signer's certificate is valid from " + certificate.get().getNotBefore().toInstant()
                    + " to " + certificate.get().getNotAfter().toInstant();
        } else if (!trust.trusts(certificate.get(), judgedAt)) {
            outcome = Outcome.UNTRUSTED;
            reason = "the signature matches, but no trusted certificate vouches for the signer's";
        } else {
            outcome = Outcome.VALID;
            reason = judgedAt.equals(now) ? "the signed elements are unchanged and the signer is trusted"
                    : "the signed elements are unchanged, and the signer's certificate was valid and trusted when "
                            + "a trusted authority time-stamped the signature at " + judgedAt;
        }
        return new SignatureCheck(location, uid, outcome, reason, mac, scheme, dateTime, tags, signer, timeStamp);
    }

    private static SignatureCheck refused(Location location, String uid, Optional<String> dateTime, String reason) {
        return new SignatureCheck(location, uid, Outcome.INVALID, reason, Optional.empty(), Optional.empty(),
                dateTime, List.of(), Optional.empty(), Optional.empty());
    }

    private static boolean matches(SignatureScheme scheme, MacAlgorithm mac, X509Certificate certificate,
            Attributes signature, byte[] macInput) {
        Optional<byte[]> value = SignatureModule.bytes(signature, SIGNATURE);
        if (value.isEmpty()) {
            return false;
        }
        try {
            return scheme.verify(certificate.getPublicKey(), mac, macInput, signatureValue(scheme, value.get()));
        } catch (GeneralSecurityException damaged) {
            return false;
        }
    }

    /** An ECDSA signature is DER, whose length may be odd; the padding byte DICOM adds is not part of it. */
    private static byte[] signatureValue(SignatureScheme scheme, byte[] value) {
        if (scheme == SignatureScheme.RSA || scheme == SignatureScheme.ED25519 || value.length < 2) {
            return value;
        }
        int length = (value[1] & 0xFF) < 0x80 ? 2 + (value[1] & 0xFF)
                : (value[1] & 0xFF) == 0x81 && value.length > 2 ? 3 + (value[2] & 0xFF) : value.length;
        return length < value.length ? Arrays.copyOf(value, length) : value;
    }

    private static boolean validAt(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
            return true;
        } catch (CertificateException outside) {
            return false;
        }
    }

    /**
     * Explicit VR Little Endian, except that a file whose transfer syntax compresses its pixel data names its own
     * syntax, as DCMTK does: its data set encodes the same way, and only that syntax can carry the fragments.
     */
    private static TransferSyntax macSyntax(TransferSyntax syntax) {
        return encodesAsExplicitLittle(syntax) ? syntax : TransferSyntax.EXPLICIT_LITTLE;
    }

    private static boolean encodesAsExplicitLittle(TransferSyntax syntax) {
        return syntax.explicitVr() && !syntax.bigEndian() && !syntax.deflated();
    }

    static byte[] macInput(List<DataElement> signed, Attributes signatureItem, TransferSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataSetEncoder encoder = DataSetEncoder.forMac(out, syntax);
        signed.forEach(encoder::write);
        signatureItem.elements().stream().filter(SignatureModule::inMacOfSignatureItem).forEach(encoder::write);
        return out.toByteArray();
    }

    private static List<DataElement> coveredElements(Attributes attributes, List<Tag> tags) {
        Set<Tag> wanted = new HashSet<>(tags);
        return attributes.elements().stream().filter(element -> wanted.contains(element.tag())).toList();
    }

    private static Optional<Attributes> macParameters(Attributes attributes, Attributes signature,
            SignatureModule module) {
        Optional<Integer> macId = module.unsignedShort(signature, MAC_ID);
        return SignatureModule.items(attributes, MAC_PARAMETERS).stream().map(Item::attributes)
                .filter(parameters -> macId.isPresent() && module.unsignedShort(parameters, MAC_ID).equals(macId))
                .findFirst();
    }

    private static List<DataElement> chooseSigned(Attributes target, SignatureRequest request)
            throws SigningRefusedException {
        List<DataElement> signed;
        if (request.tags().isEmpty()) {
            signed = target.elements().stream().filter(SignatureModule::signable).toList();
        } else {
            Set<Tag> wanted = new HashSet<>(request.tags());
            for (Tag tag : request.tags()) {
                DataElement element = target.get(tag).orElseThrow(() ->
                        new SigningRefusedException(tag + " is not in the " + request.location()));
                if (!SignatureModule.signable(element)) {
                    throw new SigningRefusedException(tag + " cannot be signed (unknown VR or an excluded tag)");
                }
            }
            signed = target.elements().stream().filter(SignatureModule::signable)
                    .filter(element -> wanted.contains(element.tag()) || request.profile().requires(element.tag()))
                    .toList();
        }
        if (signed.isEmpty()) {
            throw new SigningRefusedException("the " + request.location() + " holds no element that can be signed");
        }
        return signed;
    }

    private static int nextMacId(Attributes target, SignatureModule module) throws SigningRefusedException {
        Set<Integer> used = new HashSet<>();
        for (Item item : SignatureModule.items(target, MAC_PARAMETERS)) {
            module.unsignedShort(item.attributes(), MAC_ID).ifPresent(used::add);
        }
        for (int id = 1; id <= 0xFFFF; id++) {
            if (!used.contains(id)) {
                return id;
            }
        }
        throw new SigningRefusedException("every MAC ID Number is in use");
    }

    private static Attributes appendItem(Attributes attributes, Tag sequenceTag, Attributes item) {
        Optional<DataElement> existing = attributes.get(sequenceTag);
        List<Item> items = new ArrayList<>();
        boolean undefined = false;
        if (existing.isPresent() && existing.get() instanceof Sequence sequence) {
            items.addAll(sequence.items());
            undefined = sequence.undefinedLength();
        }
        items.add(new Item(item, false));
        return attributes.with(new Sequence(sequenceTag, Vr.SQ, undefined, items));
    }

    private static Optional<Attributes> at(Attributes attributes, Location location) {
        Attributes current = attributes;
        for (Location.Step step : location.steps()) {
            List<Item> items = SignatureModule.items(current, step.sequence());
            if (step.item() < 0 || step.item() >= items.size()) {
                return Optional.empty();
            }
            current = items.get(step.item()).attributes();
        }
        return Optional.of(current);
    }

    private static Attributes replace(Attributes attributes, List<Location.Step> steps, int depth,
            UnaryOperator<Attributes> change) {
        if (depth == steps.size()) {
            return change.apply(attributes);
        }
        Location.Step step = steps.get(depth);
        Sequence sequence = (Sequence) attributes.get(step.sequence()).orElseThrow();
        List<Item> items = new ArrayList<>(sequence.items());
        Item item = items.get(step.item());
        items.set(step.item(), new Item(replace(item.attributes(), steps, depth + 1, change), item.undefinedLength()));
        return attributes.with(new Sequence(sequence.tag(), sequence.vr(), sequence.undefinedLength(), items));
    }

    private static Attributes withoutSignatures(Attributes attributes) {
        List<DataElement> kept = new ArrayList<>();
        for (DataElement element : attributes.elements()) {
            if (element.tag().equals(DIGITAL_SIGNATURES) || element.tag().equals(MAC_PARAMETERS)) {
                continue;
            }
            kept.add(element instanceof Sequence sequence ? new Sequence(sequence.tag(), sequence.vr(),
                    sequence.undefinedLength(), sequence.items().stream().map(item -> new Item(
                            withoutSignatures(item.attributes()), item.undefinedLength())).toList()) : element);
        }
        return new Attributes(kept);
    }

    private static Attributes without(Attributes attributes, String uid, SignatureModule module) {
        Attributes result = attributes;
        List<Item> signatures = SignatureModule.items(attributes, DIGITAL_SIGNATURES);
        List<Item> kept = signatures.stream()
                .filter(item -> !item.attributes().text(SIGNATURE_UID).orElse("").equals(uid)).toList();
        if (kept.size() < signatures.size()) {
            Set<Optional<Integer>> usedIds = new HashSet<>();
            kept.forEach(item -> usedIds.add(module.unsignedShort(item.attributes(), MAC_ID)));
            List<Item> parameters = SignatureModule.items(attributes, MAC_PARAMETERS).stream()
                    .filter(item -> usedIds.contains(module.unsignedShort(item.attributes(), MAC_ID))).toList();
            result = withItems(withItems(result, DIGITAL_SIGNATURES, kept), MAC_PARAMETERS, parameters);
        }
        List<DataElement> elements = new ArrayList<>();
        for (DataElement element : result.elements()) {
            boolean signatureSequence = element.tag().equals(DIGITAL_SIGNATURES) || element.tag().equals(MAC_PARAMETERS);
            elements.add(element instanceof Sequence sequence && !signatureSequence ? new Sequence(sequence.tag(),
                    sequence.vr(), sequence.undefinedLength(), sequence.items().stream().map(item -> new Item(
                            without(item.attributes(), uid, module), item.undefinedLength())).toList()) : element);
        }
        return new Attributes(elements);
    }

    private static Attributes withItems(Attributes attributes, Tag tag, List<Item> items) {
        if (items.isEmpty()) {
            return attributes.without(tag);
        }
        Sequence sequence = (Sequence) attributes.get(tag).orElseThrow();
        return attributes.with(new Sequence(tag, Vr.SQ, sequence.undefinedLength(), items));
    }

    private static Optional<X509Certificate> certificate(byte[] der) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] encoded(X509Certificate certificate) throws SigningRefusedException {
        try {
            return certificate.getEncoded();
        } catch (CertificateException e) {
            throw new SigningRefusedException("the certificate cannot be encoded: " + e.getMessage());
        }
    }

    /** A UID under the 2.25 root, made from a random UUID as PS3.5 Annex B.2 describes. */
    private static String newUid() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, bytes.array());
    }
}
