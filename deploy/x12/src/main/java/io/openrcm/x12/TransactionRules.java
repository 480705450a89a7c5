package io.openrcm.x12;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A transaction schema compiled once into tables: the loop tree as arrays (segment order, repeat counts, loop ids)
 * and each segment type's element rules. A {@link Walker} follows one transaction set through it with the same
 * greedy search StAEDI's validator makes, and says false wherever StAEDI would report an error (or where the table
 * cannot be sure): such a file is then read with StAEDI's validator, whose findings are the ones reported.
 */
final class TransactionRules {

    /** Weak keys: a writer made per test loads its own schema; the tables hold no reference back to it. */
    private static final Map<Schema, Optional<TransactionRules>> COMPILED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final String[] tag;
    private final String[] loopCode;
    private final String[] loopOf;
    private final int[] min;
    private final int[] max;
    private final int[] parent;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final int[] subtreeEnd;
    private final ElementRule[][] rulesOf;

    private TransactionRules(Builder b) {
        int n = b.tag.size();
        tag = b.tag.toArray(String[]::new);
        loopCode = b.loopCode.toArray(String[]::new);
        loopOf = b.loopOf.toArray(String[]::new);
        min = b.min.stream().mapToInt(Integer::intValue).toArray();
        max = b.max.stream().mapToInt(Integer::intValue).toArray();
        parent = b.parent.stream().mapToInt(Integer::intValue).toArray();
        firstChild = new int[n];
        nextSibling = new int[n];
        subtreeEnd = b.subtreeEnd.stream().mapToInt(Integer::intValue).toArray();
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        for (int i = n - 1; i > 0; i--) {
            nextSibling[i] = firstChild[parent[i]];
            firstChild[parent[i]] = i;
        }
        rulesOf = new ElementRule[n][];
        for (int i = 0; i < n; i++) {
            rulesOf[i] = tag[i] == null ? null : b.segments.get(tag[i]);
        }
    }

    /** The rules of a schema, compiled on first use; empty when the schema uses what the tables do not model. */
    static Optional<TransactionRules> of(Schema schema) {
        return COMPILED.computeIfAbsent(schema, TransactionRules::compile);
    }

    private static Optional<TransactionRules> compile(Schema schema) {
        if (schema.getImplementation() != null) {
            return Optional.empty();
        }
        Builder b = new Builder();
        return b.add(schema.getStandard(), -1, 1, 1, null) ? Optional.of(new TransactionRules(b)) : Optional.empty();
    }

    Walker walker() {
        return new Walker();
    }

    /** One transaction set's walk through the tree: the usage counts StAEDI keeps, on the happy path only. */
    final class Walker {

        private static final int NO = 0;
        private static final int MATCHED = 1;
        private static final int ERROR = 2;

        private final int[] usage = new int[tag.length];
        private int current = firstChild[0];

        /** Takes the next segment; false when StAEDI would report something about it. */
        boolean segment(String segmentTag, List<List<String>> elements) {
            return find(segmentTag) && shape(rulesOf[current], elements);
        }

        /** The loop id of the segment taken last (null at the transaction level), as StAEDI's loop events say. */
        String loop() {
            return loopOf[current];
        }

        /** At SE: true when no required segment or loop is missing. */
        boolean end() {
            return find(null);
        }

        private boolean find(String segmentTag) {
            int node = current;
            while (node >= 0) {
                int handled = segmentTag == null ? NO : handle(node, segmentTag);
                if (handled != NO) {
                    return handled == MATCHED;
                }
                if (usage[node] < min[node]) {
                    return false;
                }
                node = nextSibling[node] >= 0 ? nextSibling[node] : parent[node] > 0 ? parent[node] : -1;
            }
            return segmentTag == null;
        }

        private int handle(int node, String segmentTag) {
            if (loopCode[node] == null) {
                if (!segmentTag.equals(tag[node]) || usage[node] > 0 && firstChild[parent[node]] == node
                        && loopCode[parent[node]] != null) {
                    return NO;
                }
                usage[node]++;
                current = node;
                return usage[node] > max[node] ? ERROR : MATCHED;
            }
            int first = firstChild[node];
            if (!segmentTag.equals(tag[first])) {
                return NO;
            }
            usage[node]++;
            Arrays.fill(usage, node + 1, subtreeEnd[node] + 1, 0);
            usage[first] = 1;
            current = first;
            return usage[node] > max[node] ? ERROR : MATCHED;
        }

        private boolean shape(ElementRule[] rules, List<List<String>> elements) {
            if (elements.size() > rules.length) {
                return false;
            }
            for (int i = 0; i < rules.length; i++) {
                List<String> e = i < elements.size() ? elements.get(i) : null;
                if (e == null || e.size() == 1 && e.get(0).isEmpty()) {
                    if (rules[i].required()) {
                        return false;
                    }
                } else if (!rules[i].accepts(e)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The tree in pre-order, node 0 the transaction itself. */
    private static final class Builder {
        final List<String> tag = new ArrayList<>();
        final List<String> loopCode = new ArrayList<>();
        final List<String> loopOf = new ArrayList<>();
        final List<Integer> min = new ArrayList<>();
        final List<Integer> max = new ArrayList<>();
        final List<Integer> parent = new ArrayList<>();
        final List<Integer> subtreeEnd = new ArrayList<>();
        final Map<String, ElementRule[]> segments = new HashMap<>();

        boolean add(EDIType type, int parentId, int minOccurs, int maxOccurs, String enclosingLoop) {
            int id = tag.size();
            boolean isLoop = type.isType(EDIType.Type.LOOP);
            boolean isSegment = type.isType(EDIType.Type.SEGMENT);
            tag.add(isSegment ? type.getId() : null);
            loopCode.add(isLoop ? type.getCode() : null);
            loopOf.add(isLoop ? type.getCode() : enclosingLoop);
            min.add(minOccurs);
            max.add(maxOccurs);
            parent.add(parentId);
            subtreeEnd.add(id);
            if (isSegment) {
                subtreeEnd.set(id, id);
                return segment((EDIComplexType) type);
            }
            if (!(type instanceof EDIComplexType complex) || !complex.getSyntaxRules().isEmpty()
                    || complex.getReferences().isEmpty()
                    || !complex.getReferences().get(0).getReferencedType().isType(EDIType.Type.SEGMENT)) {
                return false; // a loop must open with a segment, as the walk assumes
            }
            for (EDIReference ref : complex.getReferences()) {
                if (ref.hasVersions() || !add(ref.getReferencedType(), id, ref.getMinOccurs(), ref.getMaxOccurs(),
                        loopOf.get(id))) {
                    return false;
                }
            }
            subtreeEnd.set(id, tag.size() - 1);
            return true;
        }

        private boolean segment(EDIComplexType type) {
            if (segments.containsKey(type.getId())) {
                return true;
            }
            if (!type.getSyntaxRules().isEmpty()) {
                return false;
            }
            List<EDIReference> refs = type.getReferences();
            ElementRule[] rules = new ElementRule[refs.size()];
            for (int i = 0; i < rules.length; i++) {
                rules[i] = ElementRule.of(refs.get(i));
                if (rules[i] == null) {
                    return false;
                }
            }
            segments.put(type.getId(), rules);
            return true;
        }
    }
}
