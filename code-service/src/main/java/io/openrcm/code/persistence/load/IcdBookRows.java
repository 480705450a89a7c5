package io.openrcm.code.persistence.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows read from one CDC ICD-10-CM XML book: Tabular nodes with their notes, or Index terms with their cells.
 *
 * @param nodes Tabular chapters, sections and diag entries in file order
 * @param notes Tabular notes (including seventh-character definitions) by node
 * @param terms Index terms (main terms at level 0) in file order
 * @param cells Neoplasm and Drug table cells by term and column
 */
public record IcdBookRows(List<Node> nodes, List<Note> notes, List<Term> terms, List<Cell> cells) {

    /** Empty lists to fill while reading. */
    public static IcdBookRows empty() {
        return new IcdBookRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** Rows of all kinds. */
    public int size() {
        return nodes.size() + notes.size() + terms.size() + cells.size();
    }

    /** A chapter (kind C), section (S) or diag (D) of the Tabular; chapters and sections carry a code range. */
    public record Node(int seq, int parentSeq, char kind, String code, String rangeFrom, String rangeTo,
            String title) {
    }

    /** A note of a node: type as the XML element (excludes1, codeFirst, sevenChrDef, ...); sevenChrDef "A=text". */
    public record Note(int nodeSeq, String type, int ordinal, String text) {
    }

    /** An Index term: its essential words, nonessential modifiers, code, manifestation code, see, see also. */
    public record Term(int seq, int parentSeq, int level, String title, String nemod, String code, String manif,
            String see, String seeAlso) {
    }

    /** A table cell: column 2-7 of the Neoplasm or Drug table; "-" or "--" cells are not stored. */
    public record Cell(int termSeq, int col, String code) {
    }
}
