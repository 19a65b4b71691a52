package io.shinrai.dicom;

/**
 * A DICOM file (PS3.10): the 128-byte preamble, the file meta information (always explicit VR little endian) and
 * the data set in the transfer syntax the meta information names.
 */
public record Part10File(byte[] preamble, Attributes meta, TransferSyntax transferSyntax, Attributes dataSet) {

    public Part10File withDataSet(Attributes changed) {
        return new Part10File(preamble, meta, transferSyntax, changed);
    }
}
