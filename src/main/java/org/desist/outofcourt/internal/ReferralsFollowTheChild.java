package org.desist.outofcourt.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildTransferred;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case moved to another service: their out-of-court referrals move with it, in the transfer's
 * own transaction. A case manager who is not staff of the receiving service is unallocated.
 */
@Component
class ReferralsFollowTheChild {

    private final ReferralRepository referrals;
    private final AuditTrail audit;
    private final Directory directory;

    ReferralsFollowTheChild(ReferralRepository referrals, AuditTrail audit, Directory directory) {
        this.referrals = referrals;
        this.audit = audit;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildTransferred transfer) {
        String from = name(transfer.fromServiceId());
        String to = name(transfer.toServiceId());
        Set<UUID> staff = directory.caseHolders(transfer.toServiceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        List<ReferralRepository.Placed> rows = referrals.ofChildIn(transfer.childId(), transfer.fromServiceId());
        for (ReferralRepository.Placed row : rows) {
            boolean keepsCaseManager = row.caseManagerId() == null || staff.contains(row.caseManagerId());
            referrals.move(row, transfer.toServiceId(), keepsCaseManager ? row.caseManagerId() : null);
            List<FieldChange> changes = keepsCaseManager
                    ? List.of(new FieldChange("Youth justice service", from, to))
                    : List.of(
                            new FieldChange("Youth justice service", from, to),
                            new FieldChange("Case manager", "allocated in " + from, null));
            for (UUID service : List.of(transfer.fromServiceId(), transfer.toServiceId())) {
                audit.changed(
                        service,
                        transfer.childId(),
                        AuditAction.CHANGED,
                        OutOfCourtDisposals.RECORD_TYPE,
                        row.id(),
                        row.version() + 1,
                        (service.equals(transfer.fromServiceId())
                                        ? "Out-of-court referral moved to " + to
                                        : "Out-of-court referral received from " + from)
                                + " with the case",
                        changes);
            }
        }
    }

    private String name(UUID serviceId) {
        return directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }
}
