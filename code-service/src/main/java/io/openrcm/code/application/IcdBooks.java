package io.openrcm.code.application;

import io.openrcm.code.domain.icd.Abbreviations;
import io.openrcm.code.domain.icd.IcdBookSet;
import io.openrcm.code.domain.icd.IndexBook;
import io.openrcm.code.domain.icd.IndexSearch;
import io.openrcm.code.domain.icd.TabularList;
import io.openrcm.code.persistence.IcdBookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ICD-10-CM books in effect on a date, held in memory per loaded version (a Tabular of 46,000 entries and an
 * Index of 80,000 terms are read once, then every suggestion and edit works from memory); refreshed on every load.
 */
@ApplicationScoped
public class IcdBooks {

    private final IcdBookStore store;
    private final Map<Long, Object> books = new ConcurrentHashMap<>();
    private final Map<String, IndexSearch> searches = new ConcurrentHashMap<>();
    private volatile List<IcdBookStore.BookVersion> versions;
    private volatile Abbreviations abbreviations;

    @Inject
    public IcdBooks(IcdBookStore store) {
        this.store = store;
    }

    /** Forgets what was read: the next question reads the versions (and any new book) again. */
    public void refresh() {
        versions = null;
        abbreviations = null;
        searches.clear();
    }

    /** The books in effect on the date; empty when no Tabular List covers it. */
    public Optional<IcdBookSet> on(LocalDate date) {
        Optional<IcdBookStore.BookVersion> tabular = version("TABULAR", date);
        if (tabular.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IcdBookSet(tabular.get().label(), (TabularList) book(tabular.get()),
                index("INDEX", date), index("EINDEX", date), index("NEOPLASM", date), index("DRUG", date)));
    }

    /** The Tabular List in effect on the date, or null. */
    public TabularList tabularOn(LocalDate date) {
        return version("TABULAR", date).map(v -> (TabularList) book(v)).orElse(null);
    }

    /** The Index search over the books in effect on the date. */
    public Optional<IndexSearch> searchOn(LocalDate date) {
        return on(date).map(set -> searches.computeIfAbsent(key(set, date), k -> new IndexSearch(set,
                abbreviations())));
    }

    private String key(IcdBookSet set, LocalDate date) {
        StringBuilder b = new StringBuilder();
        for (String book : List.of("TABULAR", "INDEX", "EINDEX", "NEOPLASM", "DRUG")) {
            b.append(version(book, date).map(v -> v.id()).orElse(0L)).append(':');
        }
        return b.toString();
    }

    private Abbreviations abbreviations() {
        Abbreviations a = abbreviations;
        if (a == null) {
            a = new Abbreviations(store.abbreviations());
            abbreviations = a;
        }
        return a;
    }

    private IndexBook index(String book, LocalDate date) {
        return version(book, date).map(v -> (IndexBook) book(v)).orElse(null);
    }

    private Optional<IcdBookStore.BookVersion> version(String book, LocalDate date) {
        List<IcdBookStore.BookVersion> all = versions;
        if (all == null) {
            all = store.versions();
            versions = all;
        }
        return all.stream().filter(v -> v.book().equals(book) && v.covers(date))
                .max(Comparator.comparing(IcdBookStore.BookVersion::from));
    }

    // Versions never change once loaded, so a book read once stays right for its id.
    private Object book(IcdBookStore.BookVersion v) {
        return books.computeIfAbsent(v.id(), id -> "TABULAR".equals(v.book()) ? store.tabular(id) : store.index(id));
    }
}
