package io.openrcm.platform.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;

/**
 * One column of a batch's rows as an array parameter, for statements that write or join a whole batch at once over
 * {@code unnest(?::uuid[], ?::numeric[], ...)}: one statement and one plan for any number of rows, and, unlike a
 * multi-row {@code VALUES}, usable with {@code RETURNING} and {@code WITH ORDINALITY}.
 *
 * <p>The array goes as {@code text[]}; the statement casts it to the column's type ({@code ?::date[]}), which the
 * server does element by element with the type's own input function. So a value is sent as its text: a
 * {@link BigDecimal} in plain notation, anything else by {@code toString()} (ISO-8601 for {@code java.time}, the
 * canonical form for {@link java.util.UUID}); null stays SQL NULL.
 */
public final class ArrayColumns {

    private ArrayColumns() {
    }

    /** The values one function takes from each row, in the rows' (iteration) order. */
    public static <T> Array of(Connection c, Collection<T> rows, Function<? super T, ?> value) throws SQLException {
        Object[] texts = new Object[rows.size()];
        int i = 0;
        for (T row : rows) {
            texts[i++] = text(value.apply(row));
        }
        return c.createArrayOf("text", texts);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
