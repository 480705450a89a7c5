package io.openrcm.code.domain.icd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Index paths for a sample of terms, as a coder reads them in the FY2023 Index, with the code each leads to. */
class IndexPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CHF | Failure, heart, congestive \u2192 I50.9",
        "chest pain | Pain, chest \u2192 R07.9",
        "abdominalgia | Abdominalgia - see Pain, abdominal \u2192 R10.9",
        "hives | Hives - see Urticaria \u2192 L50.9",
        "type 2 diabetes with hyperglycemia | Diabetes, type 2, with, hyperglycemia \u2192 E11.65",
        "cellulitis of left lower leg | Cellulitis, leg - see Cellulitis, lower limb \u2192 L03.116",
        "metastatic cancer to liver | Neoplasm, liver, malignant secondary \u2192 C78.7",
        "aspirin overdose | Aspirin, poisoning accidental (unintentional) \u2192 T39.011A",
    })
    void theFirstSuggestionShowsItsIndexPath(String text, String path) throws IOException {
        assertThat(IcdBooksFromFiles.search().suggest(text, 5).get(0).path()).isEqualTo(path);
    }

    @Test
    void aSuggestionCarriesTheTabularNotesThatApply() throws IOException {
        IndexSearch.Suggestion first = IcdBooksFromFiles.search().suggest("type 1 diabetes", 5).get(0);
        assertThat(first.code()).isEqualTo("E109");
        assertThat(first.notes()).contains("Excludes1 (at E10): type 2 diabetes mellitus (E11.-)");
    }
}
