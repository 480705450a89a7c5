package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetLookup;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.CodeSystem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the code sets from {@code code_set_entry}: the persistence side of the domain's {@link CodeSetLookup}. */
@ApplicationScoped
public class CodeSetRepository implements PanacheRepositoryBase<CodeSetEntryEntity, CodeSetEntryEntity.Key>,
        CodeSetLookup {

    @Override
    public CodeSetSnapshot versionsOf(Set<CodeRef> codes) {
        if (codes.isEmpty()) {
            return CodeSetSnapshot.of(List.of());
        }
        // One query on the primary key's leading columns; pairs that only match across systems are dropped below.
        Set<CodeSystem> systems = codes.stream().map(CodeRef::system).collect(Collectors.toSet());
        Set<String> values = codes.stream().map(CodeRef::code).collect(Collectors.toSet());
        List<CodeSetEntryEntity> rows = list("system in ?1 and code in ?2", systems, values);
        return CodeSetSnapshot.of(rows.stream().map(CodeSetEntryEntity::toDomain)
                .filter(entry -> codes.contains(entry.code())).toList());
    }
}
