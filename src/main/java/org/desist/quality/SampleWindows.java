package org.desist.quality;

import org.desist.quality.Framework.CaseWork;

/** The eligibility windows in force (settings {@code desist.quality.sample.*}): court and out-of-court work. */
public record SampleWindows(SampleWindow court, SampleWindow outOfCourt) {

    public SampleWindow of(CaseWork work) {
        return work == CaseWork.COURT ? court : outOfCourt;
    }
}
