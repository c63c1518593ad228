package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Committee;
import dk.radhus.meetings.CommitteeName;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/** The secretariat's table of committee names in documents, by which imports find a document's committee. */
@ApplicationScoped
public class CommitteeNameService {

    private final Audit audit;
    private final Caller caller;

    public CommitteeNameService(Audit audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeName> all() {
        return CommitteeName.listAll(true);
    }

    /** Maps the name to the committee, replacing an earlier mapping of the same name. */
    @Transactional
    public CommitteeName map(String name, String committeeCode) {
        if (Committee.findByIdOptional(committeeCode).isEmpty()) {
            throw ProblemException.invalidField("committeeCode", "udvalget findes ikke");
        }
        CommitteeName mapping = CommitteeName.findByName(name).orElseGet(CommitteeName::new);
        Map<String, Object> before = mapping.nameKey == null ? null : values(mapping);
        if (mapping.nameKey == null) {
            mapping.nameKey = CommitteeName.key(name);
        }
        mapping.name = name.strip();
        mapping.committeeCode = committeeCode;
        mapping.updatedAt = Instant.now();
        mapping.updatedBy = caller.name();
        mapping.persist();
        audit.record("committee-name.mapped", "CommitteeName", mapping.nameKey, before, values(mapping));
        return mapping;
    }

    private static Map<String, Object> values(CommitteeName mapping) {
        return Map.of("name", mapping.name, "committeeCode", mapping.committeeCode);
    }
}
