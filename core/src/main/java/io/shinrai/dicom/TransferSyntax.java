package io.shinrai.dicom;

/**
 * How a data set is encoded: explicit or implicit VR, byte order, deflated or not. Transfer syntaxes for compressed
 * pixel data encode the data set as explicit VR little endian, so any unknown UID is read that way.
 */
public record TransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean deflated) {

    public static final TransferSyntax IMPLICIT_LITTLE = new TransferSyntax("1.2.840.10008.1.2", false, false, false);
    public static final TransferSyntax EXPLICIT_LITTLE =
            new TransferSyntax("1.2.840.10008.1.2.1", true, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_LITTLE =
            new TransferSyntax("1.2.840.10008.1.2.1.99", true, false, true);
    public static final TransferSyntax EXPLICIT_BIG = new TransferSyntax("1.2.840.10008.1.2.2", true, true, false);

    public static TransferSyntax of(String uid) {
        for (TransferSyntax known : new TransferSyntax[] {IMPLICIT_LITTLE, EXPLICIT_LITTLE, DEFLATED_EXPLICIT_LITTLE,
                EXPLICIT_BIG}) {
            if (known.uid.equals(uid)) {
                return known;
            }
        }
        return new TransferSyntax(uid, true, false, false);
    }
}
