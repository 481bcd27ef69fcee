// SPDX-License-Identifier: Apache-2.0
package dev.baton.simulator.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of reviewing one revision of a design: the ten checklist items, every finding (checklist failures
 * included, worst first), and the risks the team accepted. Immutable.
 *
 * @param designName the design's name
 * @param designHash the content hash of the reviewed revision; evidence and review records are keyed by it
 */
public record Review(String designName, String designHash, List<ItemResult> checklist, List<Finding> findings,
        List<AcceptedRisk> acceptedRisks) {

    public Review {
        Objects.requireNonNull(designName, "designName must not be null");
        Objects.requireNonNull(designHash, "designHash must not be null");
        checklist = List.copyOf(checklist);
        if (checklist.size() != Score.ITEMS) {
            throw new IllegalArgumentException("a review has " + Score.ITEMS + " checklist items, but got "
                    + checklist.size());
        }
        findings = List.copyOf(findings);
        acceptedRisks = List.copyOf(acceptedRisks);
    }

    /** Whether the team accepted the risk of {@code rule}. */
    public boolean isAccepted(ReviewRule rule) {
        for (AcceptedRisk a : acceptedRisks) {
            if (a.rule() == rule) {
                return true;
            }
        }
        return false;
    }

    /** Findings of rules that were not accepted. */
    public List<Finding> openFindings() {
        Set<ReviewRule> accepted = EnumSet.noneOf(ReviewRule.class);
        acceptedRisks.forEach(a -> accepted.add(a.rule()));
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            if (!accepted.contains(f.rule())) {
                open.add(f);
            }
        }
        return open;
    }

    /** The score. */
    public Score score() {
        int passed = 0;
        int acceptedItems = 0;
        int noEvidence = 0;
        for (ItemResult r : checklist) {
            if (r.status() == ItemStatus.PASS) {
                passed++;
            } else if (isAccepted(r.item())) {
                acceptedItems++;
            }
            if (r.status() == ItemStatus.NO_EVIDENCE) {
                noEvidence++;
            }
        }
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        int acceptedFindings = 0;
        for (Finding f : findings) {
            if (isAccepted(f.rule())) {
                acceptedFindings++;
            } else {
                open.merge(f.severity(), 1, Integer::sum);
            }
        }
        return new Score(passed, acceptedItems, noEvidence, open, acceptedFindings);
    }
}
