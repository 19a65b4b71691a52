package io.shinrai.server.audit;

import io.shinrai.audit.AuditChain;
import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.server.audit.AuditRepository.ChainHead;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends records to the chain. Whoever returns from here has the records committed, numbered and linked. */
@Service
public class AuditTrail {

    private final AuditRepository repository;

    AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    /** Appends in the order given; joins the caller's transaction, so a record is kept only with what it records. */
    @Transactional
    public List<ChainedRecord> append(List<AuditRecord> records) {
        ChainHead head = repository.lockHead();
        List<ChainedRecord> appended = new ArrayList<>(records.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (AuditRecord record : records) {
            ChainedRecord chained = AuditChain.link(previous, record.withSequence(++sequence));
            appended.add(chained);
            previous = chained.hash();
        }
        repository.insert(appended);
        repository.moveHead(new ChainHead(sequence, previous));
        return appended;
    }

    @Transactional
    public ChainedRecord append(AuditRecord record) {
        return append(List.of(record)).get(0);
    }
}
