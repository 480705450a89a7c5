package io.openrcm.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer of a Jackson reference path, such as {@code /serviceLines/0/units}. */
    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
