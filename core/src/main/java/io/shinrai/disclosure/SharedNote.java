package io.shinrai.disclosure;

/** A numbered note that several items can refer to, like MDS2's "Note 1". */
public record SharedNote(int number, String text) {
}
