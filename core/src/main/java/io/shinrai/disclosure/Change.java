package io.shinrai.disclosure;

/**
 * One difference between two revisions of a disclosure: an item whose answer, remarks or note references
 * differ ({@code ref} set), or a change in the head or in the options in use ({@code field} names it).
 */
public record Change(String ref, String field, String before, String after) {

    public static Change ofItem(String ref, String before, String after) {
        return new Change(ref, null, before, after);
    }

    public static Change ofField(String field, String before, String after) {
        return new Change(null, field, before, after);
    }
}
