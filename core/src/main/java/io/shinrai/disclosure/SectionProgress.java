package io.shinrai.disclosure;

/** How far a section is answered: the answered items among those asked. */
public record SectionProgress(String sectionId, int answered, int asked) {

    public boolean isComplete() {
        return answered == asked;
    }

    public int percent() {
        return asked == 0 ? 100 : answered * 100 / asked;
    }
}
