package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpeTest {

    private static Cpe cpe(String formatted) throws InvalidCpeException {
        return Cpe.parse(formatted);
    }

    @Test
    void readsTheElevenAttributesWithAnyNaAndQuotedCharacters() throws Exception {
        Cpe read = cpe("cpe:2.3:a:Example:image\\:viewer:1.0\\-beta:-:*:*:*:*:*:*");

        assertThat(read.vendor()).isEqualTo(new CpeValue.Text("", "example", ""));
        assertThat(read.product()).isEqualTo(new CpeValue.Text("", "image:viewer", ""));
        assertThat(read.version()).isEqualTo(new CpeValue.Text("", "1.0-beta", ""));
        assertThat(read.attributes().get(4)).isEqualTo(new CpeValue.NotApplicable());
        assertThat(read.attributes().get(10)).isEqualTo(new CpeValue.Any());
        assertThat(cpe("cpe:2.3:a:x:y:\\*literal\\?:*:*:*:*:*:*:*").version())
                .isEqualTo(new CpeValue.Text("", "*literal?", ""));
        assertThat(cpe("cpe:2.3:a:x:y:8.*:sp??:*:*:*:*:*:*").attributes().subList(3, 5))
                .containsExactly(new CpeValue.Text("", "8.", "*"), new CpeValue.Text("", "sp", "??"));
    }

    @Test
    void refusesWhatIsNoFormattedString() {
        for (String bad : List.of("cpe:/a:example:viewer:1.0", "cpe:2.3:a:example:viewer",
                "cpe:2.3:a:x:y:1:*:*:*:*:*:*:*:extra",
                "cpe:2.3:x:example:viewer:1:*:*:*:*:*:*:*", "cpe:2.3:a:example:vie*wer:1:*:*:*:*:*:*:*",
                "cpe:2.3:a:example::1:*:*:*:*:*:*:*", "cpe:2.3:a:example:viewer:1:*:*:*:*:*:*:\\")) {
            assertThatThrownBy(() -> cpe(bad)).as(bad).isInstanceOf(InvalidCpeException.class);
        }
    }

    @Test
    void relatesAttributesAsNistir7696Table62() throws Exception {
        CpeValue any = new CpeValue.Any();
        CpeValue na = new CpeValue.NotApplicable();
        CpeValue value = new CpeValue.Text("", "8.0", "");
        CpeValue wild = new CpeValue.Text("", "8.", "*");
        assertThat(any.relationTo(any)).isEqualTo(CpeRelation.EQUAL);
        assertThat(any.relationTo(na)).isEqualTo(CpeRelation.SUPERSET);
        assertThat(any.relationTo(value)).isEqualTo(CpeRelation.SUPERSET);
        assertThat(na.relationTo(any)).isEqualTo(CpeRelation.SUBSET);
        assertThat(na.relationTo(na)).isEqualTo(CpeRelation.EQUAL);
        assertThat(na.relationTo(value)).isEqualTo(CpeRelation.DISJOINT);
        assertThat(value.relationTo(any)).isEqualTo(CpeRelation.SUBSET);
        assertThat(value.relationTo(na)).isEqualTo(CpeRelation.DISJOINT);
        assertThat(value.relationTo(new CpeValue.Text("", "8.0", ""))).isEqualTo(CpeRelation.EQUAL);
        assertThat(value.relationTo(new CpeValue.Text("", "8.1", ""))).isEqualTo(CpeRelation.DISJOINT);
        assertThat(wild.relationTo(value)).isEqualTo(CpeRelation.SUPERSET);
        assertThat(wild.relationTo(new CpeValue.Text("", "9.0", ""))).isEqualTo(CpeRelation.DISJOINT);
        assertThat(value.relationTo(wild)).isEqualTo(CpeRelation.UNDEFINED);
    }

    @Test
    void questionMarksStandForAtMostThatManyCharacters() throws Exception {
        CpeValue sp = new CpeValue.Text("", "sp", "?");
        assertThat(sp.relationTo(new CpeValue.Text("", "sp1", ""))).isEqualTo(CpeRelation.SUPERSET);
        assertThat(sp.relationTo(new CpeValue.Text("", "sp", ""))).isEqualTo(CpeRelation.SUPERSET);
        assertThat(sp.relationTo(new CpeValue.Text("", "sp12", ""))).isEqualTo(CpeRelation.DISJOINT);
        assertThat(new CpeValue.Text("*", "server", "").relationTo(new CpeValue.Text("", "pacs_server", "")))
                .isEqualTo(CpeRelation.SUPERSET);
    }

    @Test
    void aNameIncludesAnotherWhenEveryAttributeIsASupersetOrEqual() throws Exception {
        // NISTIR 7696's example: version 8.* takes in 8.0.6001, but update sp? does not take in beta
        Cpe source = cpe("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*");
        Cpe target = cpe("cpe:2.3:a:Microsoft:Internet_Explorer:8.0.6001:beta:*:*:*:*:*:*");

        assertThat(source.compare(target).subList(0, 5)).containsExactly(CpeRelation.EQUAL, CpeRelation.EQUAL,
                CpeRelation.EQUAL, CpeRelation.SUPERSET, CpeRelation.DISJOINT);
        assertThat(source.includes(target)).isFalse();
        assertThat(target.compare(source).get(3)).isEqualTo(CpeRelation.UNDEFINED);
        assertThat(cpe("cpe:2.3:a:microsoft:internet_explorer:8.*:*:*:*:*:*:*:*").includes(target)).isTrue();
    }
}
