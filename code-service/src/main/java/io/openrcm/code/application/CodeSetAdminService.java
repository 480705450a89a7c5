package io.openrcm.code.application;

import io.openrcm.code.persistence.CodeSetRepository;
import io.openrcm.code.persistence.CodeSuggester;
import io.openrcm.code.persistence.EditTablesRepository;
import io.openrcm.code.persistence.load.CodeSetLoader;
import io.openrcm.code.persistence.load.EditTableLoader;
import io.openrcm.code.persistence.load.IcdBookLoader;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Use cases of the billing manager: load a code set version or an edit table from a file. */
@ApplicationScoped
public class CodeSetAdminService {

    private static final Logger LOG = Logger.getLogger(CodeSetAdminService.class);

    private final DataSource dataSource;
    private final IcdBooks books;
    private final ReferenceVersions references;

    @Inject
    public CodeSetAdminService(DataSource dataSource, IcdBooks books, ReferenceVersions references) {
        this.dataSource = dataSource;
        this.books = books;
        this.references = references;
    }

    /** What a load did. */
    public record Loaded(long versionId, String system, String label, int rows, boolean unchanged, long millis) {
    }

    /** Loads a full file, or addenda on top of {@code base} when it is given. */
    public Loaded loadCodeSet(String system, String label, LocalDate from, LocalDate to, String base, String source,
            byte[] body) {
        try (Connection c = dataSource.getConnection()) {
            CodeSetLoader loader = new CodeSetLoader(c);
            CodeSetLoader.Result r = base == null ? loader.load(system, label, from, to, source, body)
                    : loader.loadAddenda(label, base, from, to, source, body);
            references.changed(CodeSetRepository.TABLES);
            LOG.infof("Code set %s %s: %d rows%s in %d ms", system, r.label(), r.rows(),
                    r.unchanged() ? " (unchanged)" : "", r.millis());
            return new Loaded(r.versionId(), r.system(), r.label(), r.rows(), r.unchanged(), r.millis());
        } catch (CodeSetLoader.ConflictException e) {
            throw ProblemException.conflict("code-set-version-conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("unreadable-code-set", "Unreadable code set file", e.getMessage(),
                    List.of());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Loading the code set failed", e);
        }
    }

    /** What an ICD-10-CM book load did. */
    public record BookLoaded(long versionId, String book, String label, int rows, boolean unchanged, long millis) {
    }

    /** Loads a CDC ICD-10-CM XML book; the in-memory books are rebuilt on next use. */
    public BookLoaded loadBook(String name, String label, LocalDate from, LocalDate to, String source,
            byte[] body) {
        IcdBookLoader.Book book = IcdBookLoader.Book.of(name);
        try (Connection c = dataSource.getConnection()) {
            IcdBookLoader.Result r = new IcdBookLoader(c).load(book, label, from, to, source, body);
            LOG.infof("ICD-10-CM %s %s: %d rows%s in %d ms", book, r.label(), r.rows(),
                    r.unchanged() ? " (unchanged)" : "", r.millis());
            books.refresh();
            references.changed(CodeSetRepository.TABLES);
            return new BookLoaded(r.versionId(), book.name(), r.label(), r.rows(), r.unchanged(), r.millis());
        } catch (CodeSetLoader.ConflictException e) {
            throw ProblemException.conflict("icd-book-version-conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("unreadable-icd-book", "Unreadable ICD-10-CM book", e.getMessage(),
                    List.of());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Loading the ICD-10-CM book failed", e);
        }
    }

    /** Loads an edit table file; returns the rows read. */
    public int loadTable(String table, String source, byte[] body) {
        try (Connection c = dataSource.getConnection()) {
            int rows = new EditTableLoader(c).load(table, source, body);
            books.refresh();
            references.changed(EditTablesRepository.TABLES);
            references.changed(CodeSuggester.SYNONYMS);
            LOG.infof("Edit table %s: %d rows from %s", table, rows, source);
            return rows;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Loading the edit table failed", e);
        }
    }
}
