package io.openrcm.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void buildsAPointerFromFieldNamesAndIndexes() {
        List<JsonMappingException.Reference> path = List.of(new JsonMappingException.Reference(null, "serviceLines"),
                new JsonMappingException.Reference(null, 1), new JsonMappingException.Reference(null, "units"));

        assertThat(JsonPointers.of(path)).isEqualTo("/serviceLines/1/units");
    }

    @Test
    void escapesTildeAndSlashAsRfc6901Says() {
        assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    }

    @Test
    void theRootIsTheEmptyPointer() {
        assertThat(JsonPointers.of(List.of())).isEmpty();
    }

    @Test
    void aProblemExceptionCarriesEveryViolation() {
        ProblemException e = ProblemException.invalidRequest(List.of(new Violation("/a", "missing"),
                new Violation("/b/0", "too long")));

        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().type()).isEqualTo("https://openrcm.io/problems/invalid-request");
        assertThat(e.problem().violations()).extracting(Violation::pointer).containsExactly("/a", "/b/0");
    }
}
