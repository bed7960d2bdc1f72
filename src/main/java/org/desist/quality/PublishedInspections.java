package org.desist.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.internal.PublishedInspectionRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service's published inspections: entered from the report, compared with Desist's rules. */
@Service
public class PublishedInspections {

    public static final String RECORD_TYPE = "PUBLISHED_INSPECTION";

    private final PublishedInspectionRepository inspections;
    private final Frameworks frameworks;
    private final AuditTrail audit;
    private final Clock clock;

    PublishedInspections(
            PublishedInspectionRepository inspections, Frameworks frameworks, AuditTrail audit, Clock clock) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.audit = audit;
        this.clock = clock;
    }

    /** A published inspection of one of the user's services, entered from its report. */
    @Transactional
    public PublishedInspection enter(UUID serviceId, String frameworkId, PublishedInspection.Report report) {
        CurrentUser user = CurrentUser.require();
        if (serviceId == null || !user.belongsTo(serviceId)) {
            throw new InvalidRequestException(Map.of("serviceId", "Select one of your services"));
        }
        Framework framework = framework(frameworkId);
        Change<PublishedInspection> change =
                PublishedInspection.enter(UUID.randomUUID(), serviceId, framework, report, LocalDate.now(clock));
        PublishedInspection saved = inspections.insert(change, user.username());
        audit.changed(
                serviceId,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Entered the published inspection " + saved.title(),
                PublishedInspection.AUDITED.changes(null, saved));
        return saved;
    }

    /** The user's services' published inspections, newest first. */
    @Transactional(readOnly = true)
    public List<PublishedInspection> mine() {
        return inspections.ofServices(CurrentUser.require().serviceIds());
    }

    /** One of the user's services' published inspections. */
    @Transactional(readOnly = true)
    public PublishedInspection get(UUID id) {
        PublishedInspection inspection =
                inspections.find(id).orElseThrow(() -> new NotFoundException("Published inspection"));
        if (!CurrentUser.require().belongsTo(inspection.serviceId())) {
            throw new NotFoundException("Published inspection");
        }
        return inspection;
    }

    public Framework framework(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException(Map.of("framework", "Select the framework the inspection used"));
        }
        return frameworks
                .find(id)
                .orElseThrow(() -> new InvalidRequestException(Map.of("framework", "There is no framework " + id)));
    }
}
